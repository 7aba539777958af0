import { beforeEach, describe, expect, it } from 'vitest';
import { derived } from '../../../utils/journal/derived';
import { buildPeopleIndex, fromKeptForm } from '../../../utils/journal/people-index';
import { listPeople, newestPeople } from '../../../utils/journal/people-list';
import { recordProfiles } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import { buildRequestIndex } from '../../../utils/journal/request-index';
import { testDeps } from '../helpers/journal';
import { FIND_FOLD_VERSION } from '../../../utils/text/fold';

const profile = (key: string, name: string, headline = '') => ({
  platform: 'xing' as const,
  key,
  url: `https://www.xing.com/profile/${key}`,
  facts: { name, ...(headline ? { headline } : {}) },
});

describe('the compact people index', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
    await recordProfiles(t.deps, [profile('Jana_Schmidt', 'Jana Schmidt', 'Vertrieb bei Müller & Söhne')]);
    t.advance(1000);
    await recordProfiles(t.deps, [profile('Jörg_Müller', 'Jörg Müller')]);
    t.advance(1000);
    await recordProfiles(t.deps, [profile('Ana_Ruiz', 'Ana Ruiz')]);
  });

  it('holds ids newest first and their folded search text, no records', async () => {
    const index = await buildPeopleIndex(t.deps);
    expect(Object.keys(index).sort()).toEqual(['foldVersion', 'folded', 'ids']);
    expect(index.ids).toHaveLength(3);
    expect(index.folded[2]).toContain('sohne');
    expect(index.folded[1]).toContain('jorg muller');
    // Round trip through the kept form (a structured clone) gives the same index.
    expect(fromKeptForm(structuredClone(index))).toEqual(index);
  });

  it('lists a page by reading only its own records, in index order', async () => {
    const index = derived(() => buildPeopleIndex(t.deps));
    const page = await listPeople(t.deps, { limit: 2 }, index);
    expect(page.total).toBe(3);
    expect(page.items.map((p) => p.displayName)).toEqual(['Ana Ruiz', 'Jörg Müller']);
    expect((await listPeople(t.deps, { offset: 2, limit: 2 }, index)).items.map((p) => p.displayName)).toEqual(['Jana Schmidt']);
    const found = await listPeople(t.deps, { query: 'MULLER', limit: 10 }, index);
    expect(found.items.map((p) => p.displayName)).toEqual(['Jörg Müller', 'Jana Schmidt']);
    expect(found.total).toBe(2);
  });

  it('leaves out a person deleted behind a stale index instead of failing', async () => {
    const index = derived(() => buildPeopleIndex(t.deps));
    const { ids } = await index.get();
    await t.deps.db.delete('people', ids[0]!);
    const page = await listPeople(t.deps, { limit: 10 }, index);
    expect(page.items.map((p) => p.displayName)).toEqual(['Jörg Müller', 'Jana Schmidt']);
  });
});

describe('the first page without the index', () => {
  it("is the index's first page, ties (one import, one time) in the same order, and counts every person", async () => {
    const t = await testDeps();
    await recordProfiles(t.deps, ['A', 'B', 'C', 'D', 'E'].map((k) => profile(`P_${k}`, `Person ${k}`)));
    t.advance(1000);
    await recordProfiles(t.deps, [profile('Later_One', 'Later One')]);
    const index = derived(() => buildPeopleIndex(t.deps));
    const names = (page: { items: { displayName: string }[] }) => page.items.map((p) => p.displayName);
    const first = await newestPeople(t.deps, 3);
    expect(first.total).toBe(6);
    expect(names(first)).toEqual(names(await listPeople(t.deps, { limit: 3 }, index)));
    // The next page (from the index) neither repeats nor skips anyone.
    const rest = await listPeople(t.deps, { offset: 3, limit: 10 }, index);
    expect(new Set([...names(first), ...names(rest)]).size).toBe(6);
    expect(names(first)[0]).toBe('Later One');
  });

  it('leaves out a damaged record', async () => {
    const t = await testDeps();
    await recordProfiles(t.deps, [profile('Ok_One', 'Ok One')]);
    await t.deps.db.put('people', { id: 'broken', updatedAt: Date.UTC(2030, 0, 1) } as never);
    const page = await newestPeople(t.deps, 10);
    expect(page.items.map((p) => p.displayName)).toEqual(['Ok One']);
  });
});

describe('fromKeptForm', () => {
  it.each([
    ['an empty index', { ids: [], folded: [], foldVersion: FIND_FOLD_VERSION }, true],
    ['a consistent index', { ids: ['a', 'b'], folded: ['x', ''], foldVersion: FIND_FOLD_VERSION }, true],
    // Kept by an earlier build (folded without "mueller" for "Müller"): rebuilt, not searched with the new needles.
    ['an index folded the old way (no version)', { ids: ['a', 'b'], folded: ['x', ''] }, false],
    ['an index folded another way', { ids: ['a'], folded: ['x'], foldVersion: FIND_FOLD_VERSION - 1 }, false],
    ['lists of different lengths', { ids: ['a'], folded: [], foldVersion: FIND_FOLD_VERSION }, false],
    ['an empty id list with search text', { ids: [], folded: ['x'], foldVersion: FIND_FOLD_VERSION }, false],
    ['an empty id', { ids: [''], folded: ['x'], foldVersion: FIND_FOLD_VERSION }, false],
    ['a number for an id', { ids: [7], folded: ['x'], foldVersion: FIND_FOLD_VERSION }, false],
    ['a missing search text', { ids: ['a'], folded: [null], foldVersion: FIND_FOLD_VERSION }, false],
    ['no lists', { ids: 'a', folded: 'x', foldVersion: FIND_FOLD_VERSION }, false],
    ['null', null, false],
    ['a string', 'junk', false],
  ])('%s', (_name, raw, valid) => {
    expect(fromKeptForm(raw) !== undefined).toBe(valid);
  });
});

describe('the request index', () => {
  it('keeps only the people its requests name', async () => {
    const t = await testDeps();
    await recordProfiles(t.deps, [profile('No_Request', 'Nora Request')]);
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Anna_Berg', name: 'Anna Berg', note: '' }] });
    const index = await buildRequestIndex(t.deps);
    expect([...index.people.values()].map((p) => p.displayName)).toEqual(['Anna Berg']);
    expect(index.rows.map((r) => r.folded)).toEqual(['anna berg']);
  });
});
