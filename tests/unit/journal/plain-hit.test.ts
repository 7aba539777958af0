import { describe, expect, it } from 'vitest';
import { recordProfiles } from '../../../utils/journal/profiles';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import { isPlainIdentity, isPlainPerson, isPlainRequest } from '../../../utils/model/plain-records';
import { testDeps } from '../helpers/journal';

// The journal's reads skip zod for records it would take as they are (utils/model/plain-records.ts). That pays only
// if the records the journal itself writes are such records: a person written with `company: undefined`, or keys
// in another order, would quietly go through zod every time (as all people did before session 21's fix).

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 9);
const observation = (key: string, facts: Record<string, unknown>) => ({ platform: 'xing' as const, key, url: `https://www.xing.com/profile/${key}`, facts: { name: key.replace('_', ' '), ...facts } });

describe('records as the journal writes them are taken by the plain checks', () => {
  it('people, identities and requests, new and changed', async () => {
    const t = await testDeps();
    await recordProfiles(t.deps, [observation('Jana_Schmidt', { headline: 'Vertrieb', location: 'Köln' }), observation('Tim_Berg', {}), observation('Ana_Lang', { company: 'Acme', headline: 'CTO' })]);
    await recordProfiles(t.deps, [observation('Jana_Schmidt', { headline: 'Einkauf' }), observation('Tim_Berg', { company: 'Acme GmbH' })]);
    const card = (key: string, note: string, hoursAgo: number) => ({ key, name: key.replace('_', ' '), headline: 'H', note, time: { text: `${hoursAgo} hours ago`, range: { from: NOW - (hoursAgo + 1) * HOUR, to: NOW - hoursAgo * HOUR } } });
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [card('Jana_Schmidt', 'Hallo!', 2), card('Tim_Berg', '', 30)] });
    await recordRequestList(t.deps, { platform: 'xing', direction: 'sent', requests: [card('Ana_Lang', 'Hi Ana', 5)] });
    await markRequestActed(t.deps, { platform: 'xing', direction: 'received', key: 'Jana_Schmidt', action: 'accept' });

    const people = await t.deps.db.getAll('people');
    const identities = await t.deps.db.getAll('identities');
    const requests = await t.deps.db.getAll('requests');
    expect(people.length).toBeGreaterThanOrEqual(3);
    expect(requests.length).toBe(3);
    expect(people.filter((p) => !isPlainPerson(p))).toEqual([]);
    expect(identities.filter((i) => !isPlainIdentity(i))).toEqual([]);
    expect(requests.filter((r) => !isPlainRequest(r))).toEqual([]);
  });
});
