import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../utils/scoring/profile-score';
import { createState, addToState } from '../../../utils/scoring/state/state';
import type { SenderFacts } from '../../../utils/scoring/types';
import { DAY, T0 } from './helpers';

const NOW = T0;
const ids = (sender: SenderFacts, events: Parameters<typeof addToState>[1][] = []) => {
  const state = createState();
  for (const e of events) addToState(state, e);
  return scoreProfile({ platform: 'xing', sender }, state, NOW)?.reasons.map((r) => r.id) ?? null;
};

// This page on a profile without an open request: only what the profile and the history say, never the note's signals.
describe('scoreProfile', () => {
  it.each([
    ['an ordinary profile: nothing counts, no score', { key: 'xing:a', name: 'Jana Beispiel', contactCount: 180, memberSince: '2015' }, null],
    ['a capped count on a profile a month old', { key: 'xing:b', name: 'Kevin Brooks', contactCount: 999, contactCountCapped: true, memberSince: '2026-02' }, ['contact-count']],
    ['an open networker in the headline', { key: 'xing:c', name: 'Ola Nord', headline: 'LION | Open Networker', contactCount: 180, memberSince: '2015' }, ['open-networker']],
  ])('%s', (_name, sender, expected) => {
    expect(ids(sender)).toEqual(expected);
  });

  it('holds a quick withdrawal against the sender, and a logged meeting for them', () => {
    const sender = { key: 'xing:d', name: 'Dana Ost', contactCount: 180, memberSince: '2015' };
    expect(ids(sender, [{ type: 'withdrawn', senderKey: 'xing:d', firstSeenAt: NOW - 3 * DAY, withdrawnAt: NOW - 2 * DAY }])).toEqual(['quick-withdrawal']);
    expect(ids(sender, [{ type: 'met', profileKey: 'xing:d' }])).toEqual(['met-in-person']);
  });

  it('gives the band by the thresholds and never a note signal', () => {
    const state = createState();
    const result = scoreProfile({ platform: 'xing', sender: { key: 'xing:b', name: 'Kevin Brooks', contactCount: 999, contactCountCapped: true, memberSince: '2026-03' } }, state, NOW, { genuineBelow: 35, collectorFrom: 65 });
    expect(result?.band).toBe('collector');
    expect(result?.reasons.map((r) => r.id)).not.toContain('missing-note');
  });
});
