import { beforeEach, describe, expect, it } from 'vitest';
import { logMeeting, updatePerson } from '../../../utils/journal/meetings';
import { personRecords } from '../../../utils/journal/person-records';
import { deletePerson, mergePeople, undoMerge } from '../../../utils/journal/person-merge';
import { getPersonByIdentity, recordProfile } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import { setVerdict } from '../../../utils/journal/verdicts';
import { dumpAll, testDeps } from '../helpers/journal';

const XING = { platform: 'xing' as const, key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt', company: 'Brückner GmbH' } };
const LINKEDIN = { platform: 'linkedin' as const, key: 'jana-schmidt-koeln', url: 'https://www.linkedin.com/in/jana-schmidt-koeln/', facts: { name: 'Jana Schmidt', headline: 'Vertrieb' } };

describe('merge and delete', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let a: string;
  let b: string;
  beforeEach(async () => {
    t = await testDeps();
    a = (await recordProfile(t.deps, XING)).personId;
    b = (await recordProfile(t.deps, LINKEDIN)).personId;
    await logMeeting(t.deps, { personId: a, eventName: 'AUFSCHWUNG-Messe', at: t.deps.now(), tags: ['messe'] });
    await updatePerson(t.deps, b, { notes: 'LinkedIn-Notiz', tags: ['kunde'] });
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: [{ key: LINKEDIN.key, name: 'Jana Schmidt', note: 'Hallo' }] });
    const [request] = await t.deps.db.getAll('requests');
    await setVerdict(t.deps, { requestId: request!.id, verdict: 'genuine' });
  });

  it('merging keeps every record under one person linked on both sites, and undo restores both', async () => {
    const before = await dumpAll(t.deps);
    const { person, undo } = await mergePeople(t.deps, a, b);
    expect(person).toMatchObject({ displayName: 'Jana Schmidt', headline: 'Vertrieb', company: 'Brückner GmbH', tags: ['messe', 'kunde'], notes: 'LinkedIn-Notiz' });
    const records = (await personRecords(t.deps, a))!;
    expect(records.identities.map((i) => i.platform).sort()).toEqual(['linkedin', 'xing']);
    expect(records.requests).toHaveLength(1);
    expect(records.verdicts).toHaveLength(1);
    expect(records.snapshots).toHaveLength(2);
    expect((await getPersonByIdentity(t.deps, 'linkedin', LINKEDIN.key))?.person.id).toBe(a);
    expect(await t.deps.db.get('people', b)).toBeUndefined();
    const after = await dumpAll(t.deps);
    for (const store of Object.keys(before)) if (store !== 'people') expect(after[store]!.length, store).toBe(before[store]!.length);

    await undoMerge(t.deps, undo);
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it('delete removes every record that names the person, in every store, and nothing of anyone else', async () => {
    await t.deps.db.put('blocklist', { v: 1, id: `linkedin:${LINKEDIN.key}`, platform: 'linkedin', key: LINKEDIN.key, reason: 'spam', at: 1 });
    await t.deps.db.put('quarantine', { id: 'q1', store: 'requests', key: 'x', record: { personId: b, key: LINKEDIN.key }, error: 'bad', at: 1 });
    await t.deps.db.put('quarantine', { id: 'q2', store: 'people', key: 'other', record: { id: 'other' }, error: 'bad', at: 1 });
    await deletePerson(t.deps, b);
    const all = JSON.stringify(await dumpAll(t.deps));
    expect(all).not.toContain(b);
    expect(all).not.toContain(LINKEDIN.key);
    expect(all).not.toContain('LinkedIn-Notiz');
    expect(await personRecords(t.deps, a)).not.toBeNull();
    expect(await t.deps.db.get('quarantine', 'q2')).toBeDefined();
  });

  it('refuses to merge a person with itself and to delete someone unknown, changing nothing', async () => {
    const before = await dumpAll(t.deps);
    await expect(mergePeople(t.deps, a, a)).rejects.toThrow();
    await expect(deletePerson(t.deps, 'nobody')).rejects.toThrow();
    expect(await dumpAll(t.deps)).toEqual(before);
  });
});
