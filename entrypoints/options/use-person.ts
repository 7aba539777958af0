import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PersonPageActions } from '../../components/dashboard/PersonPage';
import type { Client } from '../../utils/messaging/client';
import type { MergeUndo, PersonRecords } from '../../utils/model/person-views';
import { unwrap } from '../popup/use-journal';
import type { PersonNotice } from '../../components/dashboard/person-notice';

export type Notice = PersonNotice;

/** The person page's records and actions; every action reloads the records after the write committed. */
export function usePerson(client: Client, personId: string | undefined, onGone: () => void) {
  const [records, setRecords] = useState<PersonRecords | null | 'loading'>('loading');
  const [notice, setNotice] = useState<Notice>(null);

  // An undo after another edit of the person would lose that edit (the background refuses it): the offer goes.
  const edited = () => setNotice((n) => (n?.kind === 'merged' ? null : n));

  const load = useCallback(async () => {
    if (!personId) return;
    setRecords(unwrap(await client.send('person/records', { personId })).records);
  }, [client, personId]);

  useEffect(() => {
    setRecords('loading');
    void load().catch(() => setRecords(null));
  }, [load]);

  const id = personId ?? '';
  const actions: PersonPageActions = {
    async onLogMeeting(draft) {
      const { followUpAt } = unwrap(await client.send('meeting/log', { personId: id, ...draft }));
      edited();
      await load();
      return followUpAt === undefined ? {} : { followUpAt };
    },
    async onSaveNotes(patch) {
      unwrap(await client.send('person/update', { personId: id, patch }));
      edited();
      await load();
    },
    async onSaveDetails({ headline, company, location, ...rest }) {
      // An emptied field is removed (null): a typo in a company typed by hand, a company the person left. A profile
      // read later sets what the site shows again.
      const patch = { ...rest, headline: headline || null, company: company || null, location: location || null };
      unwrap(await client.send('person/update', { personId: id, patch }));
      edited();
      await load();
    },
    async onSearch(query) {
      return unwrap(await client.send('people/list', { query, limit: 20 })).items;
    },
    async onMerge(other) {
      const { undo } = unwrap(await client.send('person/merge', { keepId: id, mergeId: other.id }));
      setNotice({ kind: 'merged', name: other.displayName, undo });
      await load();
    },
    async onDelete() {
      const name = records && records !== 'loading' ? records.person.displayName : '';
      unwrap(await client.send('person/delete', { personId: id }));
      setNotice({ kind: 'deleted', name });
      onGone();
    },
  };

  const undoMerge = async (undo: MergeUndo) => {
    const answer = await client.send('person/unmerge', { undo });
    setNotice(answer.ok ? { kind: 'undone' } : { kind: 'undo-refused' });
    await load();
  };

  return { records, actions, notice, setNotice, undoMerge };
}
