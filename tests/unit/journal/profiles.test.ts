import { beforeEach, describe, expect, it } from 'vitest';
import { listPeople } from '../../../utils/journal/people-list';
import { getPersonByIdentity, recordProfile, recordProfiles } from '../../../utils/journal/profiles';
import { storeCounts } from '../../../utils/journal/stats';
import { dumpAll, testDeps } from '../helpers/journal';

const JANA = {
  platform: 'xing' as const,
  key: 'Jana_Schmidt12',
  url: 'https://www.xing.com/profile/Jana_Schmidt12',
  facts: { name: 'Jana Schmidt', headline: 'Vertriebsleiterin', location: 'Köln', contacts: { count: 999, atLeast: true } },
};

describe('recordProfile', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });

  it('creates person, identity and first snapshot together', async () => {
    const result = await recordProfile(t.deps, JANA);
    expect(result).toEqual({ personId: 'id-1', created: true, changed: true });
    const view = await getPersonByIdentity(t.deps, 'xing', 'Jana_Schmidt12');
    expect(view?.person).toMatchObject({ displayName: 'Jana Schmidt', headline: 'Vertriebsleiterin', location: 'Köln' });
    expect(view?.identities.map((i) => i.id)).toEqual(['xing:Jana_Schmidt12']);
    expect(view?.latest?.facts.contacts).toEqual({ count: 999, atLeast: true });
  });

  it('writes nothing when the same page is read again', async () => {
    await recordProfile(t.deps, JANA);
    const before = await dumpAll(t.deps);
    t.advance(60_000);
    const again = await recordProfile(t.deps, { ...JANA, facts: { ...JANA.facts } });
    expect(again).toEqual({ personId: 'id-1', created: false, changed: false });
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it('keeps history: a changed count adds a snapshot and updates the person', async () => {
    await recordProfile(t.deps, JANA);
    t.advance(86_400_000);
    const moved = await recordProfile(t.deps, { ...JANA, facts: { ...JANA.facts, location: 'Bonn' } });
    expect(moved.changed).toBe(true);
    const counts = await storeCounts(t.deps);
    expect(counts).toMatchObject({ people: 1, identities: 1, snapshots: 2 });
    const view = await getPersonByIdentity(t.deps, 'xing', 'Jana_Schmidt12');
    expect(view?.person.location).toBe('Bonn');
    expect(view?.latest?.facts.location).toBe('Bonn');
  });

  it('quarantines an invalid stored record on read instead of dropping it', async () => {
    await recordProfile(t.deps, JANA);
    await t.deps.db.put('people', { id: 'broken', displayName: '', tags: 'x' } as never);
    const page = await listPeople(t.deps, { limit: 10 });
    expect(page.items.map((p) => p.displayName)).toEqual(['Jana Schmidt']);
    const counts = await storeCounts(t.deps);
    expect(counts.quarantine).toBe(1);
    expect(counts.people).toBe(1);
    const [entry] = await t.deps.db.getAll('quarantine');
    expect(entry).toMatchObject({ store: 'people', key: 'broken', record: { id: 'broken', displayName: '', tags: 'x' } });
    expect(entry?.error).toMatch(/displayName|tags|v/);
  });

  it('lists people newest first and finds them without accents or case', async () => {
    await recordProfile(t.deps, JANA);
    t.advance(1000);
    await recordProfile(t.deps, {
      platform: 'linkedin',
      key: 'jörg-müller-8b1a2c3d',
      url: 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/',
      facts: { name: 'Jörg Müller', company: 'Weber & Söhne' },
    });
    expect((await listPeople(t.deps, { limit: 10 })).items.map((p) => p.displayName)).toEqual(['Jörg Müller', 'Jana Schmidt']);
    expect((await listPeople(t.deps, { query: 'JORG mull', limit: 10 })).items.map((p) => p.displayName)).toEqual(['Jörg Müller']);
    expect((await listPeople(t.deps, { query: 'söhne', limit: 10 })).total).toBe(1);
    expect((await listPeople(t.deps, { query: 'nobody', limit: 10 })).total).toBe(0);
  });
});

describe('recordProfiles (bulk)', () => {
  it('writes all profiles in one transaction, or none when one of them is invalid', async () => {
    const t = await testDeps();
    const good = (i: number) => ({ platform: 'xing' as const, key: `Person_${i}`, url: `https://www.xing.com/profile/Person_${i}`, facts: { name: `Person ${i}` } });
    await recordProfiles(t.deps, [good(1), good(2)]);
    const before = await dumpAll(t.deps);
    await expect(recordProfiles(t.deps, [good(3), { ...good(4), facts: { name: '' } }, good(5)])).rejects.toThrow();
    expect(await dumpAll(t.deps)).toEqual(before);
  });
});
