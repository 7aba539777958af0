import { describe, expect, it } from 'vitest';
import { dumpAll } from '../helpers/journal';
import { card, POPUP, routedJournal, tab, XING_LIST } from './router-helpers';

const PROFILE = 'https://www.xing.com/profile/Ana_A';

// A damaged record in each store that something reads (events and the blocklist have no reader on this branch;
// their features add one): every read the UI makes, twice, must move it to quarantine once, count it in the
// Diagnostics figures, and change nothing else.
const DAMAGED: [string, string, Record<string, unknown>][] = [
  ['people', 'id', { v: 1, id: 'broken-person', displayName: '' }],
  ['identities', 'id', { v: 1, id: 'xing:Broken', platform: 'xing', key: 'Broken', personId: 7 }],
  ['snapshots', 'id', { v: 1, id: 'broken-snap', personId: 'id-1', platform: 'xing', key: 'Ana_A', observedAt: -1 }],
  ['requests', 'id', { v: 1, id: 'broken-req', platform: 'xing', direction: 'received', personId: 'id-1', key: 'Ana_A', state: 'pending', firstSeenAt: 5, lastSeenAt: 5, history: [] }],
  ['interactions', 'id', { v: 1, id: 'broken-int', personId: 'id-1', kind: 'hugged', at: 1 }],
  ['verdicts', 'id', { v: 1, id: 'broken-verdict', personId: 'id-1', verdict: 'maybe', at: 1 }],
  ['settings', 'key', { v: 1, key: 'settings', value: { autoCapture: 'yes' } }],
  ['diagnostics', 'pageType', { v: 1, pageType: 'linkedin.profile', successes: -1 }],
];

describe('damaged records of every store: each quarantined once, counted, nothing else changed', () => {
  it.each(DAMAGED)('%s', async (store, keyPath, record) => {
    const j = await routedJournal();
    await j.handle({ type: 'capture/profile', payload: { platform: 'xing', url: PROFILE, facts: { name: 'Ana' } } }, tab(PROFILE));
    await j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests: [card('Ana_A'), card('Ben_B')] } }, tab(XING_LIST));
    const before = await dumpAll(j.deps);
    await j.deps.db.put(store as never, record as never);
    const reads = [
      { type: 'journal/stats', payload: {} },
      { type: 'people/list', payload: { limit: 50 } },
      { type: 'requests/pending', payload: {} },
      { type: 'person/get', payload: { platform: 'xing', key: 'Ana_A' } },
      { type: 'person/get', payload: { platform: 'xing', key: 'Broken' } },
      { type: 'settings/get', payload: {} },
    ];
    for (let round = 0; round < 2; round++) for (const read of reads) expect((await j.handle(read, POPUP)).ok).toBe(true);
    const after = await dumpAll(j.deps);
    expect(after.quarantine).toEqual([expect.objectContaining({ store, key: String(record[keyPath]), record })]);
    expect({ ...after, quarantine: [] }).toEqual({ ...before, quarantine: [] });
    const stats = await j.handle({ type: 'journal/stats', payload: {} }, POPUP);
    expect(stats.ok && (stats.data as { counts: Record<string, number> }).counts.quarantine).toBe(1);
  });
});
