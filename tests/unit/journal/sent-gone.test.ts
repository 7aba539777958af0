import { beforeEach, describe, expect, it } from 'vitest';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import type { ObservedRequest } from '../../../utils/journal/request-diff';
import { observedCard } from '../helpers/request-cards';
import { exportBackup, restoreBackup } from '../../../utils/journal/backup';
import { DB_VERSION, MIGRATIONS, upgradeRecords } from '../../../utils/journal/migrations';
import { relabelSentGone } from '../../../utils/journal/migrations/v5';
import { openJournalDB } from '../../../utils/journal/open';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { RequestsPage } from '../../../utils/journal/requests-query';
import { isPlainRequest } from '../../../utils/model/plain-records';
import { RequestRecord } from '../../../utils/model/requests';
import { testDeps } from '../helpers/journal';
import { V4_EXAMPLES, V5_EXAMPLES } from './examples';

const DAY = 86_400_000;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

// A sent invitation leaves the sent list when its recipient answers it (or the user withdraws it on the phone):
// the journal says "gone", never "withdrawn", which would read as the user's own withdrawal.
describe('a sent request that leaves the list is gone, not withdrawn', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });
  const card = (key: string, timeText?: string) => observedCard(t.deps.now(), key, timeText);
  const read = (direction: 'sent' | 'received', requests: ObservedRequest[]) =>
    recordRequestList(t.deps, { platform: 'linkedin', direction, requests, listKeys: requests.map((r) => r.key) });
  const states = async (direction: 'sent' | 'received', key: string) =>
    (await t.deps.db.getAll('requests')).filter((r) => r.key === key && r.direction === direction).map((r) => [r.state, r.history.map((h) => `${h.state}/${h.by}`)]);

  it.each([
    ['sent', 'gone', { gone: 1, withdrawn: 0 }],
    ['received', 'withdrawn', { gone: 0, withdrawn: 1 }],
  ] as const)('%s: the newer card missing from a whole list is %s', async (direction, state, counts) => {
    await read(direction, [card('X', '1 day ago'), card('Y', '3 days ago')]);
    t.advance(DAY);
    const res = await read(direction, [card('Y', '4 days ago')]);
    expect({ gone: res.gone, withdrawn: res.withdrawn }).toEqual(counts);
    expect(await states(direction, 'X')).toEqual([[state, ['pending/observed', `${state}/observed`]]]);
    expect(res.withdrawnIds.length).toBe(counts.withdrawn); // only a withdrawal tells the scorer anything
  });

  it('the user withdrawing their own invitation stays withdrawn, and the list then reads nothing more', async () => {
    await read('sent', [card('X', '1 day ago'), card('Y', '3 days ago')]);
    await markRequestActed(t.deps, { platform: 'linkedin', direction: 'sent', key: 'X', action: 'withdraw' });
    const res = await read('sent', [card('Y', '3 days ago')]);
    expect({ gone: res.gone, withdrawn: res.withdrawn }).toEqual({ gone: 0, withdrawn: 0 });
    expect((await states('sent', 'X'))[0]![0]).toBe('withdrawn');
  });

  it('an undated card of the same person after the request was gone is a new invitation', async () => {
    await read('sent', [card('X'), card('Y', '3 days ago')]);
    await read('sent', []);
    const res = await read('sent', [card('X')]);
    expect(res.resent).toBe(1);
    expect((await states('sent', 'X')).map(([s]) => s).sort()).toEqual(['gone', 'pending']);
  });

  it('the Requests view counts and filters the gone ones', async () => {
    await read('sent', [card('X', '1 day ago'), card('Y', '3 days ago')]);
    await read('sent', [card('Y', '3 days ago')]);
    const handle = createRouter(createHandlers(t.deps), { id: 'ext', baseUrl: 'chrome-extension://ext/' });
    const payload = { direction: 'all', platform: 'all', band: 'all', state: 'gone', sort: 'newest', offset: 0, limit: 10 };
    const res = await handle({ type: 'requests/query', payload }, { id: 'ext', url: 'chrome-extension://ext/options.html#requests' });
    if (!res.ok) throw new Error(res.error.message);
    const page = res.data as RequestsPage;
    expect(page.states.gone).toBe(1);
    expect(page.items.map((i) => i.request.key)).toEqual(['X']);
  });
});

describe('journal version 5: sent requests recorded withdrawn by the list become gone', () => {
  it.each([
    ['sent, withdrawn as the list showed', V4_EXAMPLES.requests.find((r) => r.id === 'r2'), 'gone'],
    ['sent, withdrawn by the user', V4_EXAMPLES.requests.find((r) => r.id === 'r3'), 'same'],
    ['received, withdrawn as the list showed', V4_EXAMPLES.requests.find((r) => r.id === 'r4'), 'same'],
    ['sent, accepted', V4_EXAMPLES.requests.find((r) => r.id === 'r5'), 'same'],
    ['not an object', 'r2', 'same'],
    ['damaged: no history', { direction: 'sent', state: 'withdrawn' }, 'same'],
    ['damaged: a step that is not an object', { direction: 'sent', state: 'withdrawn', history: [null] }, 'same'],
  ] as const)('%s', (_name, record, expected) => {
    const out = relabelSentGone(record);
    if (expected === 'same') expect(out).toBe(record);
    else {
      expect(out).toEqual(V5_EXAMPLES.requests.find((r) => r.id === 'r2'));
      expect(isPlainRequest(out)).toBe(true); // the keys kept their order: the fast check still reads it
      expect(RequestRecord.safeParse(out).success).toBe(true);
      expect(relabelSentGone(out)).toBe(out);
    }
  });

  it('the upgrade rewrites a version-4 journal, and leaves every other record as it was', async () => {
    const name = `v5-${Math.random().toString(36).slice(2)}`;
    const old = await openJournalDB({ name, migrations: MIGRATIONS.slice(0, 4) });
    for (const [store, records] of Object.entries(V4_EXAMPLES)) for (const r of records) await old.put(store as never, r as never);
    old.close();
    const db = await openJournalDB({ name });
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('requests')).sort(byId)).toEqual([...V5_EXAMPLES.requests].sort(byId));
    expect(await db.getAll('people')).toEqual(V4_EXAMPLES.people);
    db.close();
  });

  it('a backup taken at version 4 restores with the same rewrite; one taken at version 5 as it is', async () => {
    const { deps } = await testDeps();
    const file = (schemaVersion: number, stores: object) => JSON.parse(JSON.stringify({ format: 'handschlag-backup', version: 1, schemaVersion, exportedAt: 1_700_000_000_000, stores }));
    await restoreBackup(deps, file(4, V4_EXAMPLES));
    expect((await deps.db.getAll('requests')).sort(byId)).toEqual([...V5_EXAMPLES.requests].sort(byId));
    const taken = await exportBackup(deps);
    expect(taken.schemaVersion).toBe(DB_VERSION);
    await restoreBackup(deps, JSON.parse(JSON.stringify(taken)));
    expect((await deps.db.getAll('requests')).sort(byId)).toEqual([...V5_EXAMPLES.requests].sort(byId));
  });

  it('a backup is rewritten only by the steps above its version', () => {
    const stores = { requests: [...V4_EXAMPLES.requests], people: [...V4_EXAMPLES.people] };
    expect(upgradeRecords(stores, 5)).toBe(stores);
    expect(upgradeRecords(stores, 4).requests!.find((r) => (r as { id: string }).id === 'r2')).toMatchObject({ state: 'gone' });
    expect(upgradeRecords(stores, 1).people).toBe(stores.people);
  });
});
