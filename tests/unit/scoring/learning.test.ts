import { describe, expect, it } from 'vitest';
import { scoreRequest, verdictFeatures } from '../../../utils/scoring/score';
import { addToState } from '../../../utils/scoring/state/state';
import type { ScoringState } from '../../../utils/scoring/state/types';
import type { RequestInput } from '../../../utils/scoring/types';
import { T0, req, stateWith } from './helpers';

// A pitch no rule knows: learning must come from the user's verdicts.
const pitch = (i: number, name: string): RequestInput =>
  req({
    id: `p-${i}`,
    lang: 'de',
    text: `Hallo Frau Weber, ${['kennen Sie', 'kennen Sie schon', 'haben Sie schon gehört von', 'kennen Sie bereits'][i]} unsere Zeiterfassung per App für Außendienst und Lager? Ab 3 Euro pro Nutzer, monatlich kündbar. ${name}`,
    receivedAt: T0 + i * 3 * 24 * 3_600_000,
    sender: { key: `pitch_${i}`, name },
  });

function withRequests(requests: RequestInput[]): ScoringState {
  return stateWith(requests);
}

function markAll(state: ScoringState, requests: RequestInput[], verdict: 'spam' | 'collector' | 'genuine'): void {
  for (const r of requests) {
    addToState(state, { type: 'verdict', requestId: r.id, senderKey: r.sender!.key!, verdict, at: T0, features: verdictFeatures(r, state) });
  }
}

describe('learning from verdicts', () => {
  const marked = [pitch(0, 'Anna Roth'), pitch(1, 'Ben Kurz'), pitch(2, 'Cem Aydin')];
  const fourth = pitch(3, 'Dana Vogt');

  it('starts neutral: no verdicts, no learned reason', () => {
    const r = scoreRequest(fourth, withRequests(marked));
    expect(r.reasons.find((x) => x.id === 'learned')).toBeUndefined();
  });

  it('marking three similar requests as spam raises the score of a fourth; forgetting brings it back', () => {
    const state = withRequests(marked);
    const before = scoreRequest(fourth, state);
    markAll(state, marked, 'spam');
    const after = scoreRequest(fourth, state);
    expect(after.score).toBeGreaterThan(before.score);
    const learned = after.reasons.find((x) => x.id === 'learned')!;
    expect(learned.weight).toBeGreaterThan(0);
    expect(learned.reason).toEqual({ key: 'sigLearnedCollector', subs: ['3'] });
    for (const r of marked) addToState(state, { type: 'forget-verdict', requestId: r.id });
    expect(scoreRequest(fourth, state)).toEqual(before);
  });

  it('learns a paraphrased pitch no rule knows: unclear before, clearly higher after, back after forgetting', () => {
    const texts = [
      'Hallo Frau Weber, mit unserer Zeiterfassung per App sparen Lager und Außendienst jeden Tag Zeit. Ab 3 Euro pro Nutzer.',
      'Guten Tag Frau Weber, Zeiterfassung per App für Ihr Lager: ab 3 Euro pro Nutzer und monatlich kündbar.',
      'Hallo Frau Weber, kennen Sie schon die Zeiterfassung per App? Außendienst und Lager buchen Zeiten mobil, monatlich kündbar.',
      'Sehr geehrte Frau Weber, Ihre Mitarbeiter im Lager könnten Zeiten per App erfassen – monatlich kündbar, ab 3 Euro pro Nutzer.',
    ];
    const requests = texts.map((text, i) => req({ id: `z-${i}`, lang: 'de', text, sender: { key: `z_${i}`, name: `Zora ${i}` } }));
    const state = withRequests(requests.slice(0, 3));
    const before = scoreRequest(requests[3]!, state);
    expect(before.reasons.some((r) => r.id === 'same-text-others')).toBe(false);
    markAll(state, requests.slice(0, 3), 'spam');
    const after = scoreRequest(requests[3]!, state);
    expect(after.score - before.score).toBeGreaterThanOrEqual(15);
    for (const r of requests.slice(0, 3)) addToState(state, { type: 'forget-verdict', requestId: r.id });
    expect(scoreRequest(requests[3]!, state)).toEqual(before);
  });

  it('genuine verdicts lower the score of similar requests', () => {
    const state = withRequests(marked);
    const before = scoreRequest(fourth, state).score;
    markAll(state, marked, 'genuine');
    const after = scoreRequest(fourth, state);
    expect(after.score).toBeLessThan(before);
    expect(after.reasons.find((x) => x.id === 'learned')!.reason.key).toBe('sigLearnedGenuine');
  });

  it('does not move an unrelated request', () => {
    const state = withRequests(marked);
    markAll(state, marked, 'spam');
    const unrelated = req({ lang: 'en', text: 'Hi Katrin, thanks for the call yesterday about the PPAP timeline for the castings. Best, Tomasz' });
    expect(scoreRequest(unrelated, state).reasons.find((x) => x.id === 'learned')).toBeUndefined();
  });

  it('is deterministic: the same verdicts in another order give the same scores', () => {
    const a = withRequests(marked);
    markAll(a, marked, 'spam');
    const b = withRequests(marked);
    markAll(b, [...marked].reverse(), 'spam');
    expect(scoreRequest(fourth, b)).toEqual(scoreRequest(fourth, a));
  });
});
