import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../utils/journal/meetings';
import { personRecords } from '../../../utils/journal/person-records';
import { mergePeople, messageOf, undoMerge } from '../../../utils/journal/person-merge';
import { deletePerson } from '../../../utils/journal/person-delete';
import { recordProfile } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import { recordMessages } from '../../../utils/journal/messages';
import { joinTagsAndNotes, MAX_NOTES } from '../../../utils/model/person-join';
import { isPersonMissing, PERSON_MISSING } from '../../../utils/model/person-missing';
import { fnv1a } from '../../../utils/scoring/fingerprint/hash';
import { dumpAll, testDeps } from '../helpers/journal';

const XING = { platform: 'xing' as const, key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt', company: 'Brückner GmbH' } };
const LINKEDIN = { platform: 'linkedin' as const, key: 'jana-schmidt-koeln', url: 'https://www.linkedin.com/in/jana-schmidt-koeln/', facts: { name: 'Jana Schmidt', headline: 'Vertrieb' } };

async function janaTwice() {
  const t = await testDeps();
  return { t, a: (await recordProfile(t.deps, XING)).personId, b: (await recordProfile(t.deps, LINKEDIN)).personId };
}

// Review of the person page, findings 1, 5 and 7.
describe('merge and undo: what was recorded since, what does not fit, who is gone', () => {
  it('undo moves a message read after the merge back to the merged person; deleting her then leaves no trace of her key', async () => {
    const { t, a, b } = await janaTwice();
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: [{ key: LINKEDIN.key, name: 'Jana Schmidt', note: 'Hallo' }] });
    const { undo } = await mergePeople(t.deps, a, b);
    t.advance(60_000);
    await recordMessages(t.deps, { platform: 'linkedin', messages: [{ senderKey: LINKEDIN.key, senderName: 'Jana Schmidt', text: 'Danke fürs Annehmen! Kurzes Telefonat?' }] });
    await undoMerge(t.deps, undo);
    expect((await personRecords(t.deps, a))!.interactions).toEqual([]);
    expect((await personRecords(t.deps, b))!.interactions.map((i) => i.kind)).toEqual(['message-received']);
    await deletePerson(t.deps, b);
    expect(JSON.stringify(await dumpAll(t.deps))).not.toContain(LINKEDIN.key);
  });

  it.each([
    ['msg:linkedin:jana-schmidt-koeln:abc', true],
    ['msg:linkedin:jana-schmidt-koeln-2:abc', false],
    ['msg:xing:jana-schmidt-koeln:abc', false],
    [`msg:linkedin:#${fnv1a('jana-schmidt-koeln').toString(36)}:abc`, true],
    [`import:linkedin:msg:xyz:${fnv1a('linkedin:jana-schmidt-koeln').toString(36)}`, true],
    [`import:linkedin:msg:xyz:${fnv1a('linkedin:someone-else').toString(36)}`, false],
    ['meeting-1', false],
  ])('%s is a message from linkedin:jana-schmidt-koeln: %s', (id, expected) => {
    expect(messageOf('linkedin:jana-schmidt-koeln')(id)).toBe(expected);
  });

  it('names what a merge would cut before it happens, and cuts just that (never half a surrogate pair)', async () => {
    const { t, a, b } = await janaTwice();
    const keep = { notes: 'A'.repeat(12_000), tags: Array.from({ length: 60 }, (_, i) => `a${i}`) };
    const merged = { notes: `${'B'.repeat(7_997)}😀Z`, tags: [...Array.from({ length: 60 }, (_, i) => `b${i}`), 'A1'] };
    const { cut } = joinTagsAndNotes(keep, merged);
    // 12,000 + 2 + 7,997 = 19,999 units: the emoji would straddle the limit, so it goes whole with the "Z".
    expect(cut).toEqual({ notesCut: 2, tagsCut: Array.from({ length: 20 }, (_, i) => `b${i + 40}`) });
    await updatePerson(t.deps, a, keep);
    await updatePerson(t.deps, b, merged);
    const { person } = await mergePeople(t.deps, a, b);
    expect(person.notes).toHaveLength(MAX_NOTES - 1);
    expect(person.notes.endsWith('B')).toBe(true);
    expect(person.tags).toHaveLength(100);
    expect(person.tags).not.toContain('b40');
    expect(joinTagsAndNotes({ notes: 'x', tags: ['Messe'] }, { notes: ' ', tags: ['messe', 'kunde'] })).toEqual({ tags: ['Messe', 'kunde'], notes: 'x', cut: { notesCut: 0, tagsCut: [] } });
  });

  it('a merge or delete of someone deleted meanwhile fails with the worded refusal, changing nothing', async () => {
    const { t, a, b } = await janaTwice();
    await deletePerson(t.deps, b);
    const before = await dumpAll(t.deps);
    for (const attempt of [() => mergePeople(t.deps, a, b), () => mergePeople(t.deps, b, a), () => deletePerson(t.deps, b)]) {
      const error = await attempt().then(() => null, (e: unknown) => e);
      expect(isPersonMissing(error)).toBe(true);
      expect((error as Error).message).toBe(PERSON_MISSING);
    }
    expect(await dumpAll(t.deps)).toEqual(before);
  });
});
