import { beforeEach, describe, expect, it } from 'vitest';
import { createPerson, logMeeting, updatePerson } from '../../../utils/journal/meetings';
import { personRecords } from '../../../utils/journal/person-records';
import { mergePeople, undoMerge } from '../../../utils/journal/person-merge';
import { deletePerson, namesAny } from '../../../utils/journal/person-delete';
import { getPersonByIdentity, recordProfile } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import { setVerdict } from '../../../utils/journal/verdicts';
import { listDue } from '../../../utils/journal/reminders';
import { dumpAll, testDeps } from '../helpers/journal';

const XING = { platform: 'xing' as const, key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt', company: 'Brückner GmbH' } };
const LINKEDIN = { platform: 'linkedin' as const, key: 'jana-schmidt-koeln', url: 'https://www.linkedin.com/in/jana-schmidt-koeln/', facts: { name: 'Jana Schmidt', headline: 'Vertrieb' } };

/** A journal with Jana's XING profile (a) and her LinkedIn profile (b) read as two people. */
async function janaTwice() {
  const t = await testDeps();
  return { t, a: (await recordProfile(t.deps, XING)).personId, b: (await recordProfile(t.deps, LINKEDIN)).personId };
}

describe('merge and delete', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let a: string;
  let b: string;
  beforeEach(async () => {
    ({ t, a, b } = await janaTwice());
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

const DAY = 86_400_000;

describe('merge, undo and delete at their edges', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let a: string;
  let b: string;
  beforeEach(async () => {
    ({ t, a, b } = await janaTwice());
  });
  const keepInTouch = async () => (await t.deps.db.getAll('reminders')).filter((r) => r.kind === 'keep-in-touch' && r.state === 'open');

  it('joins two keep-in-touch cadences into one, which the kept person controls', async () => {
    await updatePerson(t.deps, a, { keepInTouchDays: 30 });
    await updatePerson(t.deps, b, { keepInTouchDays: 60 });
    await mergePeople(t.deps, a, b);
    expect((await keepInTouch()).map((r) => [r.personId, r.everyDays])).toEqual([[a, 30]]);
    await updatePerson(t.deps, a, { keepInTouchDays: null });
    t.advance(400 * DAY);
    expect((await listDue(t.deps, t.deps.now())).filter((d) => d.reminder.kind === 'keep-in-touch')).toEqual([]);
  });

  it("takes the merged person's cadence when the kept one has none, and a meeting restarts it", async () => {
    await updatePerson(t.deps, b, { keepInTouchDays: 30 });
    await mergePeople(t.deps, a, b);
    expect((await keepInTouch()).map((r) => [r.id, r.everyDays])).toEqual([[`kit:${a}`, 30]]);
    t.advance(20 * DAY);
    await logMeeting(t.deps, { personId: a, at: t.deps.now() });
    t.advance(15 * DAY);
    expect((await listDue(t.deps, t.deps.now())).filter((d) => d.reminder.kind === 'keep-in-touch')).toEqual([]);
  });

  it('undo gives both people their cadences back', async () => {
    await updatePerson(t.deps, a, { keepInTouchDays: 30 });
    await updatePerson(t.deps, b, { keepInTouchDays: 60 });
    const before = await keepInTouch();
    const { undo } = await mergePeople(t.deps, a, b);
    await undoMerge(t.deps, undo);
    expect(await keepInTouch()).toEqual(before);
  });

  it('two records of one person met at the fair leave one follow-up, that of the later meeting; undo gives each theirs back', async () => {
    const onA = await logMeeting(t.deps, { personId: a, eventName: 'Hannover Messe', at: t.deps.now() });
    t.advance(1000);
    const onB = await logMeeting(t.deps, { personId: b, eventName: 'Hannover Messe', at: t.deps.now() });
    await updatePerson(t.deps, b, { keepInTouchDays: 30 });
    const { undo } = await mergePeople(t.deps, a, b);
    t.advance(3 * DAY);
    const due = await listDue(t.deps, t.deps.now() + 10 * DAY);
    expect(due.map((d) => [d.name, d.reminder.id])).toEqual([['Jana Schmidt', onB.reminderId]]);
    expect((await keepInTouch()).map((r) => [r.personId, r.everyDays])).toEqual([[a, 30]]); // the cadence is not lost
    await undoMerge(t.deps, undo);
    const open = (await t.deps.db.getAll('reminders')).filter((r) => r.kind === 'follow-up' && r.state === 'open');
    expect(open.map((r) => [r.id, r.personId]).sort()).toEqual([[onA.reminderId, a], [onB.reminderId, b]].sort());
  });

  it('refuses an undo that would lose a change made after the merge', async () => {
    const { undo } = await mergePeople(t.deps, a, b);
    t.advance(1000);
    await updatePerson(t.deps, a, { notes: 'nach dem Zusammenführen notiert' });
    const before = await dumpAll(t.deps);
    await expect(undoMerge(t.deps, undo)).rejects.toThrow(/changed after the merge/);
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it("moves back what was recorded for the merged person's profile since the merge", async () => {
    const { undo } = await mergePeople(t.deps, a, b);
    t.advance(1000);
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: [{ key: LINKEDIN.key, name: 'Jana Schmidt', note: 'Hallo' }] });
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: XING.key, name: 'Jana Schmidt', note: 'Moin' }] });
    const requests = await t.deps.db.getAll('requests');
    for (const r of requests) await setVerdict(t.deps, { requestId: r.id, verdict: 'genuine' });
    await undoMerge(t.deps, undo);
    const [ra, rb] = [(await personRecords(t.deps, a))!, (await personRecords(t.deps, b))!];
    expect(ra.requests.map((r) => r.key)).toEqual([XING.key]);
    expect(rb.requests.map((r) => r.key)).toEqual([LINKEDIN.key]);
    expect(ra.verdicts.map((v) => v.requestId)).toEqual(ra.requests.map((r) => r.id));
    expect(rb.verdicts.map((v) => v.requestId)).toEqual(rb.requests.map((r) => r.id));
    await deletePerson(t.deps, b);
    expect(JSON.stringify(await dumpAll(t.deps))).not.toContain(LINKEDIN.key);
  });

  it('refuses an undo once the kept person is deleted or merged on', async () => {
    const first = await mergePeople(t.deps, a, b);
    const c = await createPerson(t.deps, { displayName: 'Jana S.' });
    await mergePeople(t.deps, c, a);
    await expect(undoMerge(t.deps, first.undo)).rejects.toThrow();
    expect((await t.deps.db.getAll('people')).map((p) => p.id)).toEqual([c]);
    await deletePerson(t.deps, c);
    await expect(undoMerge(t.deps, first.undo)).rejects.toThrow();
    expect(JSON.stringify(await dumpAll(t.deps))).not.toContain('Jana Schmidt');
  });

  it("deleting a person keeps another's quarantined record whose key only contains theirs", async () => {
    const short = await recordProfile(t.deps, { platform: 'xing', key: 'Jana_Schmidt', url: 'https://www.xing.com/profile/Jana_Schmidt', facts: { name: 'Jana Schmidt (andere)' } });
    await t.deps.db.put('quarantine', { id: 'q-other', store: 'snapshots', key: 's1', record: { id: 's1', personId: a, key: XING.key, url: XING.url, facts: 'broken' }, error: 'bad', at: 1 });
    await t.deps.db.put('quarantine', { id: 'q-own', store: 'snapshots', key: 's2', record: { id: 's2', url: 'https://www.xing.com/profile/Jana_Schmidt', facts: 'broken' }, error: 'bad', at: 1 });
    await deletePerson(t.deps, short.personId);
    expect(await t.deps.db.get('quarantine', 'q-other')).toBeDefined();
    expect(await t.deps.db.get('quarantine', 'q-own')).toBeUndefined();
  });

  it("deleting a person removes them from the mutual contacts of others' profiles", async () => {
    await recordProfile(t.deps, { ...XING, facts: { ...XING.facts, mutual: [{ key: 'Max_Muster', name: 'Max Muster' }, { key: 'Eva_Lang', name: 'Eva Lang' }], mutualCount: 2 } });
    const max = await recordProfile(t.deps, { platform: 'xing', key: 'Max_Muster', url: 'https://www.xing.com/profile/Max_Muster', facts: { name: 'Max Muster' } });
    await deletePerson(t.deps, max.personId);
    const all = JSON.stringify(await dumpAll(t.deps));
    expect(all).not.toContain('Max_Muster');
    expect(all).not.toContain('Max Muster');
    const snapshots = (await personRecords(t.deps, a))!.snapshots;
    expect(snapshots.at(-1)!.facts).toMatchObject({ mutual: [{ key: 'Eva_Lang', name: 'Eva Lang' }], mutualCount: 2 });
  });
});

describe('namesAny: whether a quarantined record names a person', () => {
  it.each([
    ['{"personId":"id-1"}', ['id-1'], [], true],
    ['{"personId":"id-12"}', ['id-1'], [], false],
    ['{"key":"xing:Jana_Schmidt"}', ['xing:Jana_Schmidt'], ['Jana_Schmidt'], true],
    ['{"url":"https://www.xing.com/profile/Jana_Schmidt12"}', [], ['Jana_Schmidt'], false],
    ['{"url":"https://www.xing.com/profile/Jana_Schmidt"}', [], ['Jana_Schmidt'], true],
    ['{"url":"https://www.linkedin.com/in/jana-schmidt-koeln/"}', [], ['jana-schmidt'], false],
    ['{"url":"https://www.linkedin.com/in/jana-schmidt/"}', [], ['jana-schmidt'], true],
    ['{"key":"a.b"}', [], ['a.b'], true],
    ['{"key":"axb"}', [], ['a.b'], false],
  ] as const)('%s with ids %j and keys %j: %s', (text, ids, keys, expected) => {
    expect(namesAny(text, ids, keys)).toBe(expected);
  });
});
