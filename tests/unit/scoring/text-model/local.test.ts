import { describe, expect, it } from 'vitest';
import { scoreRequest, verdictFeatures } from '../../../../utils/scoring/score';
import { addToState } from '../../../../utils/scoring/state/state';
import { TEXT_MODEL_ID } from '../../../../utils/scoring/text-model';
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
