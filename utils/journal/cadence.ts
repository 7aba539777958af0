import type { Person } from '../model/people';
import { Reminder } from '../model/reminders';
import { cadenceFor, keepInTouchDue } from '../reminders/schedule';
import type { MeetingTx } from './meetings';

/** One keep-in-touch reminder per person at most: its id is derived from the person. */
export const cadenceId = (personId: string): string => `kit:${personId}`;

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
  const parsed = Reminder.safeParse(await store.get(cadenceId(person.id)));
  const existing = parsed.success ? parsed.data : undefined;
  const keptOwn = existing && existing.state !== 'cancelled' && !existing.tag ? existing.everyDays : undefined;
  const own = ownDays === null ? undefined : (ownDays ?? keptOwn);
  const cadence = cadenceFor(own, person.tags, tagCadences);
  if (!cadence) {
    if (existing && existing.state === 'open') await store.put({ ...existing, state: 'cancelled', closedAt: now });
    return;
  }
  const setAt = existing && existing.state !== 'cancelled' ? existing.createdAt : now;
  const dueAt = keepInTouchDue(lastInteractionAt, setAt, cadence.everyDays);
  if (existing?.state === 'open' && existing.everyDays === cadence.everyDays && existing.tag === cadence.tag && existing.dueAt >= dueAt) return;
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
    }),
  );
}
