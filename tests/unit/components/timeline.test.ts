import { describe, expect, it } from 'vitest';
import { buildTimeline, factChanges } from '../../../components/dashboard/timeline';
import { summarise } from '../../../utils/journal/person-records';
import type { PersonRecords } from '../../../utils/model/person-views';

const T = Date.UTC(2026, 2, 14);
const url = 'https://www.xing.com/profile/Jana_Schmidt12';
const records = (): PersonRecords => {
  const base = {
    person: { v: 1 as const, id: 'p1', displayName: 'Jana Schmidt', tags: [], notes: '', createdAt: T, updatedAt: T },
    identities: [],
    snapshots: [
      { v: 1 as const, id: 's1', personId: 'p1', platform: 'xing' as const, key: 'Jana_Schmidt12', observedAt: T, url, facts: { name: 'Jana Schmidt', contacts: { count: 150, atLeast: false } } },
      { v: 1 as const, id: 's2', personId: 'p1', platform: 'xing' as const, key: 'Jana_Schmidt12', observedAt: T + 10, url, facts: { name: 'Jana Schmidt', contacts: { count: 999, atLeast: true }, location: 'Köln' } },
    ],
    requests: [
      { v: 1 as const, id: 'r1', platform: 'xing' as const, direction: 'received' as const, personId: 'p1', key: 'Jana_Schmidt12', note: 'Hallo', firstSeenAt: T + 1, lastSeenAt: T + 5, state: 'accepted' as const, history: [{ state: 'pending' as const, at: { from: T + 1, to: T + 1 }, by: 'observed' as const }, { state: 'accepted' as const, at: { from: T + 4, to: T + 5 }, by: 'user' as const }] },
    ],
    interactions: [{ v: 1 as const, id: 'i1', personId: 'p1', kind: 'met' as const, at: T + 2, eventId: 'e1' }],
    events: [{ v: 1 as const, id: 'e1', name: 'AUFSCHWUNG-Messe' }],
    verdicts: [{ v: 1 as const, id: 'v1', personId: 'p1', verdict: 'genuine' as const, at: T + 3 }],
    reminders: [{ v: 1 as const, id: 'm1', personId: 'p1', kind: 'follow-up' as const, state: 'open' as const, dueAt: T + 99, createdAt: T + 2 }],
  };
  return { ...base, summary: summarise(base, false) };
};

describe('person timeline', () => {
  it('puts every record in one list, newest first', () => {
    const kinds = buildTimeline(records()).map((e) => `${e.kind}@${e.at - T}`);
    expect(kinds).toEqual(['snapshot@10', 'request-state@5', 'verdict@3', 'interaction@2', 'reminder@2', 'request-state@1', 'snapshot@0']);
  });
  it('says what changed between snapshots of the same profile', () => {
    const snap = buildTimeline(records()).find((e) => e.kind === 'snapshot' && !e.first);
    expect(snap).toMatchObject({ changes: [{ field: 'location', after: 'Köln' }, { field: 'contacts', before: '150', after: '999+' }] });
    expect(factChanges({ name: 'A' }, { name: 'A' })).toEqual([]);
  });
  it('takes the meeting as the last contact when "I helped them" was logged with it, in either order', () => {
    const base = records();
    const helped = { v: 1 as const, id: 'i2', personId: 'p1', kind: 'helped-them' as const, at: T + 2 };
    for (const interactions of [[base.interactions[0]!, helped], [helped, base.interactions[0]!]]) {
      expect(summarise({ ...base, interactions }, false).lastInteraction).toEqual({ kind: 'met', at: T + 2 });
    }
  });

  it('summarises for the recognition card', () => {
    expect(records().summary).toEqual({ lastMet: { at: T + 2, eventName: 'AUFSCHWUNG-Messe' }, lastInteraction: { kind: 'met', at: T + 2 }, openReminders: [{ id: 'm1', kind: 'follow-up', dueAt: T + 99 }], verdict: 'genuine', blocked: false, meetings: 1 });
  });
});
