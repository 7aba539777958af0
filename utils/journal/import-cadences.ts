import { Reminder } from '../model/reminders';
import type { Interaction } from '../model/relationships';
import { cadenceId, restartedCadence } from './cadence';
import { lookupMany } from './paged-lookup';
import { recordKey } from './quarantine';

/**
 * The keep-in-touch reminders that an import's new messages restart, as a message read on the page restarts them
 * (messages.ts): each person's newest imported message counts, sent or received. Read inside the import's own
 * transaction; a damaged reminder is left as it is (the reminder reads quarantine it).
 */
export async function cadencesRestartedBy(store: IDBObjectStore, messages: readonly Interaction[]): Promise<Reminder[]> {
  const newest = new Map<string, number>();
  for (const m of messages) newest.set(m.personId, Math.max(newest.get(m.personId) ?? Number.NEGATIVE_INFINITY, m.at));
  if (newest.size === 0) return [];
  const people = [...newest.keys()];
  const found = await lookupMany(store, people.map(cadenceId), recordKey);
  return people.flatMap((personId, i) => {
    const next = restartedCadence(Reminder.safeParse(found[i]).data, newest.get(personId)!);
    return next ? [next] : [];
  });
}
