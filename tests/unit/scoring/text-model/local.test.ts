import { describe, expect, it } from 'vitest';
import { scoreRequest, verdictFeatures } from '../../../../utils/scoring/score';
import { addToState } from '../../../../utils/scoring/state/state';
import { LOCAL_RATE, TEXT_MODEL_ID } from '../../../../utils/scoring/text-model';
import { committedTextModel } from '../../../../utils/scoring/text-model/committed';
import { textFeatures } from '../../../../utils/scoring/text-model/features';
import { trainTextModel } from '../../../../utils/scoring/text-model/train';
import { T0, req, stateWith } from '../helpers';

const model = trainTextModel(
  [
    ['Do you have 15 minutes for a quick call about our platform?', true],
    ['Grab our free guide and book a call here.', true],
    ['Thanks for the call last week about the price agreement.', false],
    ['Great to see you yesterday at the fair, here are the drawings.', false],
  ].map(([t, c]) => ({ features: textFeatures(t as string).features, offset: -0.7, collector: c as boolean })),
  { iterations: 100 },
);

const note = (id: string, key: string) =>
  req({ id, lang: 'en', text: 'Hi Katrin, do you have 15 minutes for a quick call about our scheduling platform?', sender: { key } });

describe('the text model in the score', () => {
  it('adds one explained reason with verbatim phrases', () => {
    const r = note('n-1', 'sam');
    const result = scoreRequest(r, stateWith(), undefined, { textModel: model });
    const reason = result.reasons.find((x) => x.id === TEXT_MODEL_ID)!;
    expect(reason.weight).toBeGreaterThan(0);
    expect(reason.reason.key).toBe('score_massOutreach');
    for (const p of reason.evidence!.split(' · ')) expect(r.text).toContain(p);
    expect(scoreRequest(r, stateWith()).reasons.some((x) => x.id === TEXT_MODEL_ID)).toBe(false); // not injected: not there
  });

  it('says nothing about an empty note', () => {
    const result = scoreRequest(req({ text: '' }), stateWith(), undefined, { textModel: model });
    expect(result.reasons.some((x) => x.id === TEXT_MODEL_ID)).toBe(false);
  });

  it("learns from the user's verdicts locally and forgets them exactly", () => {
    const marked = [note('v-1', 'a'), note('v-2', 'b'), note('v-3', 'c')];
    const next = note('v-4', 'd');
    const state = stateWith(marked);
    const before = scoreRequest(next, state, undefined, { textModel: model, now: T0 });
    const weight = (s: typeof before) => s.reasons.find((x) => x.id === TEXT_MODEL_ID)?.weight ?? 0;
    for (const r of marked) {
      addToState(state, { type: 'verdict', requestId: r.id, senderKey: r.sender!.key!, verdict: 'genuine', at: T0, features: verdictFeatures(r, state) });
    }
    const after = scoreRequest(next, state, undefined, { textModel: model, now: T0 });
    expect(weight(after)).toBeLessThan(weight(before) - 0.5);
    for (const r of marked) addToState(state, { type: 'forget-verdict', requestId: r.id });
    expect(scoreRequest(next, state, undefined, { textModel: model, now: T0 })).toEqual(before);
  });
});

// Review of the Requests view, finding 2: one "Genuine" on one of 150 copies of a template moved every note like it
// by about 30 (the step was not scaled by the note's length) and emptied the collector band, other texts included.
describe('one verdict moves similar notes a little, not the whole list', () => {
  const TEMPLATE = "Hi, I'm expanding my network with like-minded professionals in procurement and would love to connect with you!";
  const LION = "I am a LION and accept every invite. Let's grow our networks together, a win-win for both of us!";
  const copies = [
    ...Array.from({ length: 150 }, (_, i) => req({ id: `t-${String(i).padStart(3, '0')}`, lang: 'en', platform: 'linkedin', text: TEMPLATE, sender: { key: `tpl-${i}` } })),
    ...Array.from({ length: 20 }, (_, i) => req({ id: `l-${String(i).padStart(3, '0')}`, lang: 'en', platform: 'linkedin', text: LION, sender: { key: `lion-${i}` } })),
  ];
  const textModel = committedTextModel();
  const scores = (state: ReturnType<typeof stateWith>) => copies.map((r) => scoreRequest(r, state, undefined, { textModel, now: T0 }));
  const textWeight = (s: ReturnType<typeof scoreRequest>) => s.reasons.find((x) => x.id === TEXT_MODEL_ID)?.weight ?? 0;

  it('keeps every other request in its band, and moves the marked note by at most LOCAL_RATE', () => {
    const state = stateWith(copies);
    const before = scores(state);
    expect(before.every((s) => s.band === 'collector')).toBe(true);
    const marked = copies[0]!;
    addToState(state, { type: 'verdict', requestId: marked.id, senderKey: marked.sender!.key!, verdict: 'genuine', at: T0, features: verdictFeatures(marked, state, { textModel }) });
    const after = scores(state);
    expect(after.slice(1).map((s) => s.band)).toEqual(before.slice(1).map((s) => s.band));
    const moved = textWeight(before[0]!) - textWeight(after[0]!);
    expect(moved).toBeGreaterThan(0.5);
    expect(moved).toBeLessThanOrEqual(LOCAL_RATE + 0.01);
    // A different text shares only a few features: it moves by less than the marked one.
    expect(textWeight(before[150]!) - textWeight(after[150]!)).toBeLessThan(moved);
  });
});
