import type { Person } from '../model/people';
import { Reminder } from '../model/reminders';
import { cadenceFor, keepInTouchDue } from '../reminders/schedule';
import type { MeetingTx } from './meetings';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { JournalDB } from './db-schema';

/** The reminders store in any transaction that writes it. */
export type RemindersStore = IDBPObjectStore<JournalDB, ArrayLike<StoreNames<JournalDB>>, 'reminders', 'readwrite'>;

/** One keep-in-touch reminder per person at most: its id is derived from the person. */
export const cadenceId = (personId: string): string => `kit:${personId}`;

/** A person's keep-in-touch reminder as stored, if it is a valid one. */
export async function readCadence(store: { get(key: string): Promise<unknown> }, personId: string): Promise<Reminder | undefined> {
  return Reminder.safeParse(await store.get(cadenceId(personId))).data;
}

/** The person's own cadence in days (not a tag's) that a reminder carries, if any. */
export const ownCadenceDays = (cadence: Reminder | undefined): number | undefined =>
  cadence && cadence.state !== 'cancelled' && !cadence.tag ? cadence.everyDays : undefined;

/**
 * Brings a person's keep-in-touch reminder in line with their own cadence and their tags' cadences.
 * `ownDays`: undefined keeps the person's own cadence as it is, null removes it, a number sets it.
 * The next due time counts from the last interaction, so logging a meeting restarts the cadence.
 */
export async function syncCadence(
  tx: MeetingTx,
  person: Person,
  tagCadences: Readonly<Record<string, number>>,
  lastInteractionAt: number | undefined,
  now: number,
  ownDays?: number | null,
): Promise<void> {
  const store = tx.objectStore('reminders');
  const existing = await readCadence(store, person.id);
  const own = ownDays === null ? undefined : (ownDays ?? ownCadenceDays(existing));
  const cadence = cadenceFor(own, person.tags, tagCadences);
  if (!cadence) {
    // Only here is a keep-in-touch reminder cancelled (the user switched it off; a contact restarts it instead): the
    // timeline words it so (Timeline.tsx), not as a follow-up answered by a contact.
    if (existing && existing.state === 'open') await store.put({ ...existing, state: 'cancelled', closedAt: now });
    return;
  }
  const setAt = existing && existing.state !== 'cancelled' ? existing.createdAt : now;
  const dueAt = keepInTouchDue(lastInteractionAt, setAt, cadence.everyDays);
  if (existing?.state === 'open' && existing.everyDays === cadence.everyDays && existing.dueAt >= dueAt) {
    // Only where it came from changed (a tag removed, an equal cadence of the person's own): the due time stays, and
    // so does its "announced" mark, or the same due time would be announced twice.
    if (existing.tag !== cadence.tag) await store.put(withTag(existing, cadence.tag));
    return;
  }
  // A due time that does not move keeps its notice mark whatever else changed (never twice per due time).
  const announced = existing?.state === 'open' && existing.dueAt === dueAt && existing.notifiedAt !== undefined ? { notifiedAt: existing.notifiedAt } : {};
  await store.put(
    Reminder.parse({
      v: 1,
      id: cadenceId(person.id),
      personId: person.id,
      kind: 'keep-in-touch',
      state: 'open',
      dueAt,
      createdAt: setAt,
      everyDays: cadence.everyDays,
      ...(cadence.tag ? { tag: cadence.tag } : {}),
      ...announced,
    }),
  );
}

/** The reminder with its cadence's source set to `tag` (none: the person's own). Pure. */
function withTag(reminder: Reminder, tag: string | undefined): Reminder {
  const { tag: _old, ...rest } = reminder;
  return tag ? { ...rest, tag } : rest;
}

/**
 * A contact recorded at `at` (a message, a follow-up done) restarts the person's keep-in-touch round: its due time
 * moves to a cadence after it, if that is later, and is announced again then.
 */
export async function restartCadence(store: RemindersStore, personId: string, at: number): Promise<void> {
  const next = restartedCadence(await readCadence(store, personId), at);
  if (next) await store.put(next);
}

/** The keep-in-touch reminder after a contact at `at`, or null when it does not move (closed, or due later). Pure. */
export function restartedCadence(current: Reminder | undefined, at: number): Reminder | null {
  if (current?.state !== 'open' || !current.everyDays) return null;
  const dueAt = keepInTouchDue(at, current.createdAt, current.everyDays);
  if (dueAt <= current.dueAt) return null;
  const { notifiedAt: _dropped, ...rest } = current;
  return { ...rest, dueAt };
}
