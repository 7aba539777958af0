import type { IDBPTransaction } from 'idb';
import { atomically } from './atomic';
import { restartCadence, type RemindersStore } from './cadence';
import type { JournalDB } from './db-schema';
import type { Deps } from './profiles';
import { Interaction, JournalEvent } from '../model/relationships';
import { Person } from '../model/people';
import { Reminder, type DueItem } from '../model/reminders';
import { RequestRecord } from '../model/requests';
import { completed, contactTimesOf, followUpAnswered, needsNotice, nextWake, oneFollowUp, snoozed } from '../reminders/schedule';

const STORES: ['reminders', 'requests', 'interactions', 'people', 'events'] = ['reminders', 'requests', 'interactions', 'people', 'events'];
type ReminderTx = IDBPTransaction<JournalDB, typeof STORES, 'readwrite'>;

/** Open reminders, earliest due first (the stateDue index), valid ones only. */
async function openReminders(tx: ReminderTx, upTo = Number.MAX_SAFE_INTEGER): Promise<Reminder[]> {
  const raw = await tx.objectStore('reminders').index('stateDue').getAll(IDBKeyRange.bound(['open', 0], ['open', upTo]));
  return raw.flatMap((r) => {
    const parsed = Reminder.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Times of every request and message with the person: any of them after a meeting answers its follow-up. */
async function contactTimes(tx: ReminderTx, personId: string): Promise<number[]> {
  const [requests, interactions] = await Promise.all([
    tx.objectStore('requests').index('personId').getAll(personId),
    tx.objectStore('interactions').index('personTime').getAll(IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER])),
  ]);
  return contactTimesOf(
    requests.flatMap((raw) => RequestRecord.safeParse(raw).data ?? []),
    interactions.flatMap((raw) => Interaction.safeParse(raw).data ?? []),
  );
}

/**
 * Cancels follow-ups (due or coming) that a recorded request or message has answered, and all but the newest of a
 * person's (oneFollowUp: a journal written before that rule may hold two); returns the rest.
 */
async function dropAnswered(tx: ReminderTx, reminders: Reminder[], now: number): Promise<Reminder[]> {
  const cancelled = new Set<string>();
  const cancel = async (reminder: Reminder) => {
    cancelled.add(reminder.id);
    await tx.objectStore('reminders').put({ ...reminder, state: 'cancelled', closedAt: now });
  };
  const followUps = new Map<string, Reminder[]>();
  for (const reminder of reminders) {
    if (reminder.kind !== 'follow-up') continue;
    if (followUpAnswered(reminder, await contactTimes(tx, reminder.personId))) await cancel(reminder);
    else followUps.set(reminder.personId, [...(followUps.get(reminder.personId) ?? []), reminder]);
  }
  for (const own of followUps.values()) for (const reminder of oneFollowUp(own).settle) await cancel(reminder);
  return reminders.filter((r) => !cancelled.has(r.id));
}

/**
 * Keeps one open follow-up of the person, that of their most recent meeting, and cancels the others (after a new
 * meeting is logged, or two people merged). Returns the one kept.
 */
export async function settleOlderFollowUps(store: RemindersStore, personId: string, now: number): Promise<Reminder | undefined> {
  const open = (await store.index('personId').getAll(personId)).flatMap((raw) => {
    const reminder = Reminder.safeParse(raw).data;
    return reminder?.kind === 'follow-up' && reminder.state === 'open' ? [reminder] : [];
  });
  const { keep, settle } = oneFollowUp(open);
  for (const reminder of settle) await store.put({ ...reminder, state: 'cancelled', closedAt: now });
  return keep;
}

/** What a reminder shows: the person's name, and for a follow-up the meeting it follows. */
async function dueItem(tx: ReminderTx, reminder: Reminder): Promise<DueItem | null> {
  const person = Person.safeParse(await tx.objectStore('people').get(reminder.personId));
  if (!person.success) return null;
  const item: DueItem = { reminder, name: person.data.displayName };
  if (reminder.sinceInteractionId) {
    const met = Interaction.safeParse(await tx.objectStore('interactions').get(reminder.sinceInteractionId));
    if (met.success) {
      item.metAt = met.data.at;
      const event = met.data.eventId ? JournalEvent.safeParse(await tx.objectStore('events').get(met.data.eventId)) : null;
      if (event?.success) item.eventName = event.data.name;
    }
  }
  return item;
}

/**
 * The alarm's work: due reminders not yet announced are marked announced and returned, in the same
 * transaction, so that a second alarm (or a worker restarted mid-way) never announces one twice. A
 * reminder whose notice is lost with a killed worker still shows in the Due tab.
 */
export async function takeDueNotices(deps: Deps): Promise<{ notices: DueItem[]; nextWakeAt: number | null }> {
  const now = deps.now();
  const tx = deps.db.transaction(STORES, 'readwrite');
  return atomically(tx, async () => {
    const open = await dropAnswered(tx, await openReminders(tx), now);
    const notices: DueItem[] = [];
    for (const reminder of open) {
      if (!needsNotice(reminder, now)) continue;
      const marked = { ...reminder, notifiedAt: now };
      await tx.objectStore('reminders').put(marked);
      const item = await dueItem(tx, marked);
      if (item) notices.push(item);
    }
    const remaining = open.map((r) => (needsNotice(r, now) ? { ...r, notifiedAt: now } : r));
    return { notices, nextWakeAt: nextWake(remaining, now) };
  });
}

/** When the alarm must next fire (null: nothing open). */
export async function nextWakeAt(deps: Deps): Promise<number | null> {
  const tx = deps.db.transaction('reminders', 'readonly');
  const raw = await tx.store.index('stateDue').getAll(IDBKeyRange.bound(['open', 0], ['open', Number.MAX_SAFE_INTEGER]));
  await tx.done;
  return nextWake(raw.flatMap((r) => (Reminder.safeParse(r).success ? [r as Reminder] : [])), deps.now());
}

/** The Due tab: open reminders due by `horizon`, earliest first, answered follow-ups dropped. */
export async function listDue(deps: Deps, horizon: number): Promise<DueItem[]> {
  const now = deps.now();
  const tx = deps.db.transaction(STORES, 'readwrite');
  return atomically(tx, async () => {
    const open = await dropAnswered(tx, await openReminders(tx, horizon), now);
    const items: DueItem[] = [];
    for (const reminder of open.slice(0, 200)) {
      const item = await dueItem(tx, reminder);
      if (item) items.push(item);
    }
    return items;
  });
}

/** Snooze or done; done on a follow-up also records "follow-up done" in the person's timeline. */
export async function settleReminder(deps: Deps, id: string, action: { snoozeUntil: number } | { done: true }): Promise<Reminder> {
  const now = deps.now();
  const tx = deps.db.transaction(STORES, 'readwrite');
  return atomically(tx, async () => {
    const current = Reminder.safeParse(await tx.objectStore('reminders').get(id));
    if (!current.success) throw new Error('reminder not found');
    // Settled already (a second click on Done, a snooze after it): nothing to do, nothing recorded twice.
    if (current.data.state !== 'open') return current.data;
    const next = 'done' in action ? completed(current.data, now) : snoozed(current.data, action.snoozeUntil, now);
    await tx.objectStore('reminders').put(next);
    if ('done' in action) {
      await tx.objectStore('interactions').put(Interaction.parse({ v: 1, id: `done:${id}:${now}`, personId: current.data.personId, kind: 'follow-up-done', at: now }));
      if (current.data.kind === 'follow-up') await restartCadence(tx.objectStore('reminders'), current.data.personId, now);
    }
    return next;
  });
}
