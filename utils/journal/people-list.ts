import { foldForSearch } from '../text/fold';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Person } from '../model/people';
import { eventNamesByPerson } from './events';

export interface PeoplePage {
  items: Person[];
  total: number;
}

export interface PeopleIndexEntry {
  person: Person;
  /** Name, headline, company, location, tags, events and notes folded for search. */
  folded: string;
}

/** Every valid person, newest first, with its search text; damaged records are quarantined on the way. */
export async function buildPeopleIndex(deps: Deps): Promise<PeopleIndexEntry[]> {
  // The whole store, not the updatedAt index: a damaged record without the field must still be seen
  // (and quarantined), not skipped by the index.
  const raw = await deps.db.getAll('people');
  const checked = checkRecords('people', Person, raw, recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  const events = await eventNamesByPerson(deps);
  return checked.valid
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((person) => ({
      person,
      folded: foldForSearch(
        [person.displayName, person.headline, person.company, person.location, ...person.tags, ...(events.get(person.id) ?? []), person.notes].join(' \u0001 '),
      ),
    }));
}

/** People, most recently updated first, optionally filtered by a folded substring. Uses the cached index when given. */
export async function listPeople(
  deps: Deps,
  opts: { query?: string; offset?: number; limit: number },
  index?: Derived<PeopleIndexEntry[]>,
): Promise<PeoplePage> {
  const entries = index ? await index.get() : await buildPeopleIndex(deps);
  const needle = foldForSearch(opts.query ?? '');
  const offset = opts.offset ?? 0;
  const items: Person[] = [];
  let total = 0;
  for (const entry of entries) {
    if (needle && !entry.folded.includes(needle)) continue;
    if (total >= offset && items.length < opts.limit) items.push(entry.person);
    total++;
  }
  return { items, total };
}
