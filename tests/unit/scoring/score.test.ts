import { describe, expect, it } from 'vitest';
import { bandOf, scoreRequest, toScore } from '../../../utils/scoring/score';
import { DEFAULT_THRESHOLDS } from '../../../utils/scoring/types';
import { req, stateWith } from './helpers';

const COLLECTOR = req({
  id: 'c',
  lang: 'de',
  text: 'Hallo Frau Weber, ich bin auf Ihr interessantes Profil aufmerksam geworden. Gerne würde ich Sie in mein Netzwerk aufnehmen – vielleicht ergeben sich Synergien für beide Seiten!',
  sender: { key: 'c', contactCount: 999, contactCountCapped: true, memberSince: '2025-12' },
});
const GENUINE = req({
  id: 'g',
  lang: 'en',
  platform: 'linkedin',
  text: 'Hi Katrin, thanks for the quick reply on the RFQ for the hydraulic manifolds. Connecting here so I can share the 3D models. Regards, Nils',
});

describe('scoreRequest', () => {
  it('same input, same output (deterministic, no clock)', () => {
    const state = stateWith([req({ text: 'Hallo Frau Weber, wie besprochen schicke ich Ihnen das Angebot.' })]);
    const a = scoreRequest(COLLECTOR, state);
    const b = scoreRequest(COLLECTOR, state);
    expect(b).toEqual(a);
    expect(JSON.stringify(scoreRequest(COLLECTOR, stateWith()))).toBe(JSON.stringify(scoreRequest(COLLECTOR, stateWith())));
  });

  it('returns an integer 0..100 with reasons ordered by |weight|', () => {
    const r = scoreRequest(COLLECTOR, stateWith());
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(65);
    expect(r.band).toBe('collector');
    const weights = r.reasons.map((x) => Math.abs(x.weight));
    expect([...weights].sort((x, y) => y - x)).toEqual(weights);
    expect(r.reasons[0]!.id).toBe('contact-count');
  });

  it('a concrete genuine note is likely genuine', () => {
    const r = scoreRequest(GENUINE, stateWith());
    expect(r.band).toBe('genuine');
    expect(r.reasons.some((x) => x.weight < 0)).toBe(true);
  });

  it.each([
    ['xing', 'de'],
    ['xing', 'en'],
  ] as const)('an empty %s request from an ordinary profile lands in "likely genuine" or low "unclear" (%s)', (platform, lang) => {
    const r = scoreRequest(req({ platform, lang, text: '', sender: { contactCount: 143, memberSince: '2013' } }), stateWith());
    expect(r.score).toBeLessThan(45);
    expect(r.band).not.toBe('collector');
  });

  it('an empty LinkedIn request from an ordinary profile is not flagged', () => {
    expect(scoreRequest(req({ platform: 'linkedin', lang: 'en', text: '' }), stateWith()).band).not.toBe('collector');
  });

  it('bands follow the user thresholds', () => {
    const state = stateWith();
    const score = scoreRequest(COLLECTOR, state).score;
    expect(scoreRequest(COLLECTOR, state, { genuineBelow: 35, collectorFrom: score + 1 }).band).toBe('unclear');
    expect(scoreRequest(COLLECTOR, state, { genuineBelow: score + 1, collectorFrom: 100 }).band).toBe('genuine');
    expect(bandOf(34, DEFAULT_THRESHOLDS)).toBe('genuine');
    expect(bandOf(35, DEFAULT_THRESHOLDS)).toBe('unclear');
    expect(bandOf(64, DEFAULT_THRESHOLDS)).toBe('unclear');
    expect(bandOf(65, DEFAULT_THRESHOLDS)).toBe('collector');
  });

  it('the logistic is neutral at 0 and monotone', () => {
    expect(toScore(0)).toBe(50);
    expect(toScore(-10)).toBe(0);
    expect(toScore(10)).toBe(100);
    expect(toScore(1)).toBeGreaterThan(toScore(0.5));
  });

  it('negative evidence lowers the score of an otherwise suspicious request', () => {
    const state = stateWith([], [{ type: 'met', profileKey: 'c' }]);
    expect(scoreRequest(COLLECTOR, state).score).toBeLessThan(scoreRequest(COLLECTOR, stateWith()).score);
  });

  it('uses the injected clock only when the request has no time', () => {
    const noTime = { ...COLLECTOR, receivedAt: undefined };
    const withNow = scoreRequest(noTime, stateWith(), DEFAULT_THRESHOLDS, { now: Date.UTC(2026, 0, 10) });
    const without = scoreRequest(noTime, stateWith());
    expect(withNow.reasons.find((r) => r.id === 'contact-count')!.weight).toBeGreaterThan(without.reasons.find((r) => r.id === 'contact-count')!.weight);
  });
});
