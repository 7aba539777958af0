import { atomically } from './atomic';
import { cadenceId, syncCadence } from './cadence';
import { lastInteractionAt, MEETING_STORES } from './meetings';
import type { Deps } from './profiles';
import { Person } from '../model/people';
import { Reminder } from '../model/reminders';
import { foldForSearch } from '../text/fold';
import { foldedCadences } from '../reminders/schedule';

type Cadences = Readonly<Record<string, number>>;

/** The tags (folded) whose cadence the settings' change set, changed or removed. Pure. */
export function changedTags(before: Cadences, after: Cadences): Set<string> {
  const [was, now] = [foldedCadences(before), foldedCadences(after)];
  return new Set([...was.keys(), ...now.keys()].filter((tag) => was.get(tag) !== now.get(tag)));
}

/**
 * After the tag cadences in the settings changed: the keep-in-touch reminder of everyone with one of those tags,
 * or whose reminder came from one, follows the new cadences (a removed cadence stops, a new one starts). One
 * transaction; the people are read whole once (a settings change is rare), only those concerned are written.
 */
export async function followTagCadences(deps: Deps, before: Cadences, after: Cadences): Promise<number> {
  const tags = changedTags(before, after);
  if (!tags.size) return 0;
  const now = deps.now();
  const tx = deps.db.transaction(MEETING_STORES, 'readwrite');
  return atomically(tx, async () => {
    let synced = 0;
    // Reminders are few (a cadence or a follow-up per person at most a handful): one read, not one per person.
    const cadences = new Map((await tx.objectStore('reminders').getAll()).flatMap((raw) => {
      const reminder = Reminder.safeParse(raw).data;
      return reminder?.kind === 'keep-in-touch' ? [[reminder.id, reminder] as const] : [];
    }));
    for (const raw of await tx.objectStore('people').getAll()) {
      const person = Person.safeParse(raw).data;
      if (!person) continue;
      const cadence = cadences.get(cadenceId(person.id));
      const concerned = person.tags.some((t) => tags.has(foldForSearch(t))) || (cadence?.tag !== undefined && tags.has(foldForSearch(cadence.tag)));
      if (!concerned) continue;
      await syncCadence(tx, person, after, await lastInteractionAt(tx, person.id), now);
      synced++;
    }
    return synced;
  });
}
