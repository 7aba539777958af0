import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { JournalActions } from '../../components/popup/PersonPanel';
import type { JournalReadError } from '../../components/popup/JournalError';
import type { Client } from '../../utils/messaging/client';
import type { Result, MessageType } from '../../utils/messaging/protocol';
import type { DueItem } from '../../utils/model/reminders';
import { DAY_MS } from '../../utils/reminders/schedule';
import { personHash } from '../../components/dashboard/person-hash';

/** The answer's data, or an Error carrying the background's message (the forms show it). */
export function unwrap<T extends MessageType>(res: Result<T>) {
  if (res.ok) return res.data;
  throw new Error(res.error.message);
}

/**
 * The popup's journal wiring: the Due list, event names for the meeting form's autocomplete, and the
 * actions of the person panel. `onPersonChanged` reloads the open tab's person after a write. The Due list and the
 * event names are asked for once the first view is shown (`opened`).
 */
export function useJournal(client: Client, onPersonChanged: () => Promise<void>, opened = true) {
  const [due, setDue] = useState<DueItem[]>([]);
  // A Due list the journal could not give is said as such, not as "nothing due".
  const [dueError, setDueError] = useState<JournalReadError | undefined>(undefined);
  const [eventNames, setEventNames] = useState<string[]>([]);
  const now = useMemo(() => Date.now(), []);

  const loadDue = useCallback(async () => {
    const res = await client.send('reminders/due', { horizon: Date.now() + 7 * DAY_MS });
    if (res.ok) {
      setDue(res.data.items);
      setDueError(undefined);
    } else setDueError(res.error);
  }, [client]);

  useEffect(() => {
    if (!opened) return;
    void loadDue();
    void client.send('events/list', {}).then((res) => res.ok && setEventNames(res.data.items.map((e) => e.event.name)));
  }, [client, loadDue, opened]);

  const journal: JournalActions = {
    eventNames,
    now,
    async onLogMeeting(personId, draft) {
      const { followUpAt } = unwrap(await client.send('meeting/log', { personId, ...draft }));
      await Promise.all([onPersonChanged(), loadDue()]);
      if (draft.eventName && !eventNames.includes(draft.eventName)) setEventNames([draft.eventName, ...eventNames]);
      return followUpAt === undefined ? {} : { followUpAt };
    },
    async onSaveNotes(personId, patch) {
      unwrap(await client.send('person/update', { personId, patch }));
      await onPersonChanged();
    },
    onOpenPerson(personId) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${personHash(personId)}`) });
    },
  };

  const settle = async (id: string, action: { snoozeUntil: number } | { done: true }) => {
    await client.send('reminder/settle', { id, action });
    await Promise.all([loadDue(), onPersonChanged()]);
  };

  return {
    journal,
    due,
    ...(dueError ? { dueError } : {}),
    onSnooze: (id: string, until: number) => void settle(id, { snoozeUntil: until }),
    onDone: (id: string) => void settle(id, { done: true }),
  };
}
