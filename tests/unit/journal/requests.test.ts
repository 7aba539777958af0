import { beforeEach, describe, expect, it } from 'vitest';
import { listDiagnostics, recordParseOutcome } from '../../../utils/journal/diagnostics';
import { listPendingRequests } from '../../../utils/journal/pending';
import { getPersonByIdentity, recordProfile } from '../../../utils/journal/profiles';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import { storeCounts } from '../../../utils/journal/stats';
import { dumpAll, testDeps } from '../helpers/journal';

const HOUR = 3_600_000;
const card = (key: string, note = '', hoursAgo?: number, now = Date.UTC(2026, 10, 23, 9)) => ({
  key,
  name: key.replace('_', ' '),
  headline: `Headline of ${key}`,
  note,
  ...(hoursAgo !== undefined ? { time: { text: `${hoursAgo} hours ago`, range: { from: now - (hoursAgo + 1) * HOUR, to: now - hoursAgo * HOUR } } } : {}),
});

describe('request lists in the journal', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });

  it('creates requests and their senders as people, and lists them pending, newest first', async () => {
    const res = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Jana_Schmidt', 'Hallo!', 2), card('Tim_Berg', '', 30)] });
    expect(res).toEqual({ created: 2, resent: 0, withdrawn: 0, gone: 0, seen: 0, createdIds: ['id-2', 'id-4'], withdrawnIds: [] });
    const { items: pending, total } = await listPendingRequests(t.deps);
    expect(total).toBe(2);
    expect(pending.map((p) => [p.person.displayName, p.request.note])).toEqual([['Jana Schmidt', 'Hallo!'], ['Tim Berg', '']]);
    expect((await getPersonByIdentity(t.deps, 'xing', 'Jana_Schmidt'))?.identities[0]?.url).toBe('https://www.xing.com/profile/Jana_Schmidt');
  });

  it('writes nothing when the same list is read again soon', async () => {
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Jana_Schmidt', 'Hallo!', 2)] });
    const before = await dumpAll(t.deps);
    t.advance(60_000);
    const again = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Jana_Schmidt', 'Hallo!', 2)] });
    expect(again).toEqual({ created: 0, resent: 0, withdrawn: 0, gone: 0, seen: 0, createdIds: [], withdrawnIds: [] });
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it('records a request that vanished between visible ones as withdrawn by the sender, with the window', async () => {
    const first = [card('New_One', '', 1), card('Gone_Soon', 'Synergien!', 20), card('Old_One', '', 40)];
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: first });
    const firstRead = Date.UTC(2026, 10, 23, 9);
    t.advance(5 * HOUR);
    const res = await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: [first[0]!, first[2]!], listKeys: ['New_One', 'Old_One'] });
    expect(res).toMatchObject({ withdrawn: 1, seen: 2 });
    const all = await t.deps.db.getAll('requests');
    const gone = all.find((r) => r.key === 'Gone_Soon')!;
    expect(gone.state).toBe('withdrawn');
    expect(gone.history.at(-1)).toEqual({ state: 'withdrawn', at: { from: firstRead, to: firstRead + 5 * HOUR }, by: 'observed' });
    expect((await listPendingRequests(t.deps)).items.map((p) => p.request.key)).toEqual(['New_One', 'Old_One']);
    // A limit keeps the most recently first-seen ones and still counts them all.
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: [first[0]!, card('Newest', '', 0), first[2]!] });
    const newestOnly = await listPendingRequests(t.deps, 1);
    expect([newestOnly.items.map((p) => p.request.key), newestOnly.total]).toEqual([['Newest'], 3]);
  });

  it('keeps a re-send as a second request of the same person', async () => {
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Max_Muster', 'Hallo', 1)] });
    t.advance(HOUR);
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [], listKeys: [] });
    t.advance(48 * HOUR);
    const res = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Max_Muster', 'Hallo nochmal', 1, t.deps.now())] });
    expect(res.resent).toBe(1);
    expect(await storeCounts(t.deps)).toMatchObject({ people: 1, requests: 2 });
  });

  it('closes a request the user acted on, so it is never called withdrawn', async () => {
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Jana_Schmidt', '', 1)] });
    expect(await markRequestActed(t.deps, { platform: 'xing', direction: 'received', key: 'Jana_Schmidt', action: 'accept' })).toEqual({ updated: true });
    t.advance(HOUR);
    const res = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [], listKeys: [] });
    expect(res.withdrawn).toBe(0);
    const [record] = await t.deps.db.getAll('requests');
    expect(record?.state).toBe('accepted');
    expect(record?.history.at(-1)?.by).toBe('user');
  });

  it('links request senders to the same person as their profile', async () => {
    await recordProfile(t.deps, { platform: 'xing', key: 'Jana_Schmidt', url: 'https://www.xing.com/profile/Jana_Schmidt', facts: { name: 'Jana Schmidt' } });
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Jana_Schmidt', '', 1)] });
    expect(await storeCounts(t.deps)).toMatchObject({ people: 1, identities: 1, requests: 1 });
  });

  it('counts parse outcomes per page type and keeps the last failure', async () => {
    await recordParseOutcome(t.deps, { pageType: 'xing.profile' });
    await recordParseOutcome(t.deps, { pageType: 'xing.profile', failure: { code: 'missing-field', field: 'name', message: 'no name' } });
    expect(await listDiagnostics(t.deps)).toEqual([
      expect.objectContaining({ pageType: 'xing.profile', successes: 1, failures: 1, lastFailure: expect.objectContaining({ field: 'name' }) }),
    ]);
  });
});
