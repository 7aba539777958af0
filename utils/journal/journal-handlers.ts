import type { Handler } from '../messaging/router';
import type { DueItem } from '../model/reminders';
import { listEvents } from './events';
import { createPerson, logMeeting, updatePerson } from './meetings';
import { personRecords } from './person-records';
import { mergePeople, undoMerge } from './person-merge';
import { deletePerson } from './person-delete';
import type { Deps } from './profiles';
import { listDue, nextWakeAt, settleReminder, takeDueNotices } from './reminders';

/** What the background does with reminders outside the journal (given by its entrypoint: alarms, notifications). */
export interface ReminderShell {
  /** Sets the one reminder alarm to `at`, or clears it when nothing is open. */
  schedule(at: number | null): Promise<void>;
  /**
   * Shows the reminders that came due together, all in one call (a dozen after a weekend make one summary); one
   * notification the browser refuses must not drop the rest.
   */
  notify(items: readonly DueItem[]): Promise<void>;
}

export const NO_REMINDER_SHELL: ReminderShell = { schedule: async () => undefined, notify: async () => undefined };

type JournalType =
  | 'meeting/log'
  | 'person/create'
  | 'person/update'
  | 'person/records'
  | 'person/merge'
  | 'person/unmerge'
  | 'person/delete'
  | 'events/list'
  | 'reminders/due'
  | 'reminder/settle';

/**
 * The journal's own messages that write: after each, what the worker derived is rebuilt (a person created by hand is
 * found by search at once) and the reminders' alarm is set anew.
 */
export const JOURNAL_WRITES = new Set<JournalType>(['meeting/log', 'person/create', 'person/update', 'person/merge', 'person/unmerge', 'person/delete', 'reminder/settle']);

/** The answers to the journal's own messages (meetings, people, reminders, events). */
export function journalHandlers(deps: Deps): { [T in JournalType]: Handler<T> } {
  return {
    'meeting/log': (payload) => logMeeting(deps, payload),
    'person/create': async (payload) => ({ personId: await createPerson(deps, payload) }),
    'person/update': async ({ personId, patch }) => ({ person: await updatePerson(deps, personId, patch) }),
    'person/records': async ({ personId }) => ({ records: await personRecords(deps, personId) }),
    'person/merge': ({ keepId, mergeId }) => mergePeople(deps, keepId, mergeId),
    'person/unmerge': async ({ undo }) => {
      await undoMerge(deps, undo);
      return {};
    },
    'person/delete': ({ personId }) => deletePerson(deps, personId),
    'events/list': async () => ({ items: await listEvents(deps) }),
    'reminders/due': async ({ horizon }) => ({ items: await listDue(deps, horizon) }),
    'reminder/settle': async ({ id, action }) => ({ reminder: await settleReminder(deps, id, action) }),
  };
}

/**
 * The alarm's work: announce what is due (each reminder once) and set the alarm for the next one.
 * Marked announced before the notification shows: a worker killed in between loses a notice, never
 * repeats one, and the reminder still waits in the Due tab. The next alarm is set before any notice
 * shows, since the one that fired was one-shot: a worker stopped (or a notification failing) mid-way
 * must not leave the later reminders without an alarm. They go to the shell in one call, which decides how they
 * show (a few on their own, many as one summary). Returns how many were handed over (0 when the shell failed).
 */
export async function runReminderAlarm(deps: Deps, shell: ReminderShell): Promise<number> {
  const { notices, nextWakeAt: next } = await takeDueNotices(deps);
  let shown = 0;
  try {
    await shell.schedule(next);
  } finally {
    // Shown even when the alarm could not be set: they are marked announced and would otherwise be lost.
    if (notices.length) shown = await shell.notify(notices).then(() => notices.length, () => 0);
  }
  return shown;
}

/** Sets the alarm from the journal (worker start, browser start, after a write). */
export async function rescheduleReminders(deps: Deps, shell: ReminderShell): Promise<void> {
  await shell.schedule(await nextWakeAt(deps));
}
