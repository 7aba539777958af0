import { describe, expect, it } from 'vitest';
import { KEPT_FORMAT, KEPT_MAX_AGE, isPopupAnswer, keptPopupAnswer } from '../../../utils/messaging/kept';
import { protocol } from '../../../utils/messaging/protocol';

const Schema = protocol['requests/popup'].response;

const item = () => ({
  id: 'r1',
  platform: 'xing',
  key: 'Anna_Berg',
  name: 'Anna Berg',
  headline: 'Einkauf',
  note: 'Hallo',
  at: 1_700_000_000_000,
  verdict: 'genuine',
  score: { value: 42, band: 'unclear', reasons: [{ id: 'template', weight: -0.5, key: 'reasonTemplate', subs: ['3'] }] },
});
const answer = (patch: (a: { total: number; items: Record<string, unknown>[] }) => void = () => undefined) => {
  const a = { total: 1, items: [item() as Record<string, unknown>] };
  patch(a);
  return a;
};
const first = (a: { items: Record<string, unknown>[] }) => a.items[0]!;
const scoreOf = (a: { items: Record<string, unknown>[] }) => first(a).score as Record<string, unknown>;
const reasonOf = (a: { items: Record<string, unknown>[] }) => (scoreOf(a).reasons as Record<string, unknown>[])[0]!;
const text = (n: number) => 'x'.repeat(n);

// Each case is judged by the protocol's zod schema and by the hand-written check: they must agree.
const CASES: [string, unknown][] = [
  ['a full answer', answer()],
  ['no items', { total: 0, items: [] }],
  ['only the required fields', answer((a) => (a.items = [{ id: 'r', platform: 'linkedin', key: 'k', name: 'N', note: '', at: 0 }]))],
  ['an unknown extra field', answer((a) => (first(a).extra = 1))],
  ['null', null],
  ['an array', []],
  ['a string', 'answer'],
  ['total missing', { items: [] }],
  ['total negative', answer((a) => (a.total = -1))],
  ['total fractional', answer((a) => (a.total = 1.5))],
  ['total beyond safe integers', answer((a) => (a.total = 2 ** 53))],
  ['total a string', answer((a) => ((a as Record<string, unknown>).total = '1'))],
  ['items not an array', answer((a) => ((a as Record<string, unknown>).items = {}))],
  ['an item null', answer((a) => ((a.items as unknown[])[0] = null))],
  ['an item an array', answer((a) => ((a.items as unknown[])[0] = []))],
  ...(['id', 'platform', 'key', 'name', 'note', 'at'] as const).map((f): [string, unknown] => [`${f} missing`, answer((a) => delete first(a)[f])]),
  ['id empty', answer((a) => (first(a).id = ''))],
  ['id of 100', answer((a) => (first(a).id = text(100)))],
  ['id of 101', answer((a) => (first(a).id = text(101)))],
  ['id a number', answer((a) => (first(a).id = 7))],
  ['platform unknown', answer((a) => (first(a).platform = 'facebook'))],
  ['key empty', answer((a) => (first(a).key = ''))],
  ['key of 200', answer((a) => (first(a).key = text(200)))],
  ['key of 201', answer((a) => (first(a).key = text(201)))],
  ['name empty', answer((a) => (first(a).name = ''))],
  ['name of 500', answer((a) => (first(a).name = text(500)))],
  ['name of 501', answer((a) => (first(a).name = text(501)))],
  ['headline missing', answer((a) => delete first(a).headline)],
  ['headline empty', answer((a) => (first(a).headline = ''))],
  ['headline of 501', answer((a) => (first(a).headline = text(501)))],
  ['headline null', answer((a) => (first(a).headline = null))],
  ['note of 20,000', answer((a) => (first(a).note = text(20_000)))],
  ['note of 20,001', answer((a) => (first(a).note = text(20_001)))],
  ['note null', answer((a) => (first(a).note = null))],
  ['at negative', answer((a) => (first(a).at = -1))],
  ['at fractional', answer((a) => (first(a).at = 1.5))],
  ['at NaN', answer((a) => (first(a).at = Number.NaN))],
  ['at infinite', answer((a) => (first(a).at = Number.POSITIVE_INFINITY))],
  ['at a string', answer((a) => (first(a).at = '1700000000000'))],
  ['verdict missing', answer((a) => delete first(a).verdict)],
  ['verdict spam', answer((a) => (first(a).verdict = 'spam'))],
  ['verdict unknown', answer((a) => (first(a).verdict = 'maybe'))],
  ['verdict null', answer((a) => (first(a).verdict = null))],
  ['score missing', answer((a) => delete first(a).score)],
  ['score null', answer((a) => (first(a).score = null))],
  ['score 0', answer((a) => (scoreOf(a).value = 0))],
  ['score 100', answer((a) => (scoreOf(a).value = 100))],
  ['score 101', answer((a) => (scoreOf(a).value = 101))],
  ['score -1', answer((a) => (scoreOf(a).value = -1))],
  ['score fractional', answer((a) => (scoreOf(a).value = 50.5))],
  ['band unknown', answer((a) => (scoreOf(a).band = 'spam'))],
  ['reasons missing', answer((a) => delete scoreOf(a).reasons)],
  ['reasons not an array', answer((a) => (scoreOf(a).reasons = 'none'))],
  ['a reason null', answer((a) => ((scoreOf(a).reasons as unknown[])[0] = null))],
  ...(['id', 'weight', 'key', 'subs'] as const).map((f): [string, unknown] => [`a reason's ${f} missing`, answer((a) => delete reasonOf(a)[f])]),
  ["a reason's weight NaN", answer((a) => (reasonOf(a).weight = Number.NaN))],
  ["a reason's weight infinite", answer((a) => (reasonOf(a).weight = Number.NEGATIVE_INFINITY))],
  ["a reason's weight a string", answer((a) => (reasonOf(a).weight = '1'))],
  ["a reason's subs with a number", answer((a) => (reasonOf(a).subs = ['a', 1]))],
  ["a reason's subs a string", answer((a) => (reasonOf(a).subs = 'a'))],
  ['a second item broken', answer((a) => a.items.push({ ...item(), platform: 'xing.com' }))],
];

describe("the popup's check of its kept answer", () => {
  it.each(CASES)('agrees with the protocol schema: %s', (_, value) => {
    expect(isPopupAnswer(value)).toBe(Schema.safeParse(value).success);
  });

  it('is tested on both sides of the line', () => {
    const verdicts = CASES.map(([, value]) => Schema.safeParse(value).success);
    expect(verdicts.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    expect(verdicts.filter((ok) => !ok).length).toBeGreaterThanOrEqual(30);
  });
});

describe('keptPopupAnswer', () => {
  const NOW = 1_800_000_000_000;
  const kept = (patch: Record<string, unknown> = {}) => ({ format: KEPT_FORMAT, at: NOW - 1000, answer: answer(), ...patch });

  it('gives the kept answer when the envelope is of this format, fresh and holds a valid answer', () => {
    expect(keptPopupAnswer(kept(), NOW)).toEqual(answer());
    expect(keptPopupAnswer(kept({ at: NOW - KEPT_MAX_AGE }), NOW)).toEqual(answer());
  });

  it.each<[string, unknown]>([
    ['nothing kept', undefined],
    ['not an envelope', answer()],
    ['another format', kept({ format: KEPT_FORMAT + 1 })],
    ['no time', kept({ at: undefined })],
    ['kept longer ago than trusted', kept({ at: NOW - KEPT_MAX_AGE - 1 })],
    ['kept in the future (clock set back)', kept({ at: NOW + 1 })],
    ['an answer of the wrong shape', kept({ answer: answer((a) => (first(a).platform = 'facebook')) })],
    ['a token of a bulky answer', kept({ answer: 'token-1' })],
  ])('gives nothing for %s', (_, raw) => {
    expect(keptPopupAnswer(raw, NOW)).toBeUndefined();
  });
});
