import { describe, expect, it } from 'vitest';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { getPersonByIdentity, recordProfile } from '../../../utils/journal/profiles';
import { dumpAll, testDeps } from '../helpers/journal';
import { parseFixture } from './fixtures';

describe('import into the journal', () => {
  it('a real Connections.csv: every person with identity, and a second import changes nothing', async () => {
    const { deps } = await testDeps();
    const data = parseFixture('Connections_2024_notes-preamble.pseudonymised.csv');
    expect(await importIntoJournal(deps, data)).toEqual({ peopleAdded: 150, peopleMerged: 0, peopleUnchanged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: 0 });
    const before = await dumpAll(deps);
    expect(before.people).toHaveLength(150);
    expect(before.identities).toHaveLength(150);
    // parsed again (new ids from the parser): still the same journal
    const again = await importIntoJournal(deps, parseFixture('Connections_2024_notes-preamble.pseudonymised.csv'));
    expect(again).toMatchObject({ peopleAdded: 0, peopleMerged: 0, peopleUnchanged: 150 }); // nothing new: not "merged"
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('merges into a person already captured: fills what is missing, keeps what is there', async () => {
    const { deps } = await testDeps();
    const { personId } = await recordProfile(deps, { platform: 'linkedin', key: 'zoepatel', url: 'https://www.linkedin.com/in/zoepatel/', facts: { name: 'Zoe Patel', headline: 'Own headline' } });
    await importIntoJournal(deps, parseFixture('Connections_2024_notes-preamble.pseudonymised.csv'));
    const view = await getPersonByIdentity(deps, 'linkedin', 'zoepatel');
    expect(view!.person).toMatchObject({ id: personId, headline: 'Own headline', company: 'US Army DEVCOM Armaments Center' });
    expect((await dumpAll(deps)).people).toHaveLength(150);
  });

  it('invitations and messages: re-import is idempotent, people without URLs are found again by name', async () => {
    const { deps } = await testDeps();
    for (const file of ['Invitations_2021_incoming-notes.pseudonymised.csv', 'made-up_messages_2024_with-drafts.csv', 'made-up_Messages_2018.csv']) {
      await importIntoJournal(deps, parseFixture(file));
    }
    const before = await dumpAll(deps);
    expect(before.requests).toHaveLength(37);
    expect(before.interactions).toHaveLength(8);
    for (const file of ['Invitations_2021_incoming-notes.pseudonymised.csv', 'made-up_messages_2024_with-drafts.csv', 'made-up_Messages_2018.csv']) {
      const outcome = await importIntoJournal(deps, parseFixture(file));
      expect(outcome.peopleAdded + outcome.requestsAdded + outcome.messagesAdded).toBe(0);
    }
    expect(await dumpAll(deps)).toEqual(before);
    const person = before.people!.find((p) => (p as { displayName: string }).displayName === 'Mira Haddad') as { id: string };
    expect(before.requests!.some((r) => (r as { personId: string }).personId === person.id)).toBe(true);
  });

  it('a file with a bad row changes nothing', async () => {
    const { deps } = await testDeps();
    const before = await dumpAll(deps);
    await expect(importIntoJournal(deps, parseFixture('made-up_corrupt_Connections.csv'))).rejects.toThrow('2 bad rows'); // row 2's odd date is no error since issue 19
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('cancelled while writing: nothing of it lands', async () => {
    const { deps } = await testDeps();
    const before = await dumpAll(deps);
    const cancel = new AbortController();
    let reported = 0;
    const run = importIntoJournal(deps, parseFixture('Connections_2024_notes-preamble.pseudonymised.csv'), {
      onWriting: (done) => {
        reported = done;
        cancel.abort();
      },
      signal: cancel.signal,
    });
    await expect(run).rejects.toThrow();
    expect(reported).toBeGreaterThan(0);
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('damaged records met on the way are quarantined, and the import still lands whole', async () => {
    const { deps } = await testDeps();
    await importIntoJournal(deps, parseFixture('made-up_Connections_2025_crlf-bom.csv'));
    const greta = (await deps.db.get('identities', 'linkedin:greta-hahn-1a2b3c4d'))!;
    await deps.db.put('people', { id: greta.personId, broken: true } as never);
    const outcome = await importIntoJournal(deps, parseFixture('made-up_Connections_2025_crlf-bom.csv'));
    expect(outcome).toMatchObject({ quarantined: 1, peopleAdded: 1, peopleMerged: 0, peopleUnchanged: 2 });
    expect((await deps.db.getAllFromIndex('quarantine', 'store', 'people')).find((q) => q.key === greta.personId)).toMatchObject({ store: 'people', record: { broken: true } });
    expect(await deps.db.get('people', greta.personId)).toMatchObject({ displayName: 'Greta Hahn' });
  });
});
