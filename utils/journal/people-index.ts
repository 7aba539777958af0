import { FIND_FOLD_VERSION, findText } from '../text/fold';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Person } from '../model/people';
import { eventNamesByPerson } from './events';
import { compareText } from '../order';

/**
 * What search and the people list need of every person, and nothing more: ids newest first and their search text.
 * The whole records stay in IndexedDB (a page reads its own), so 30,000 people cost the worker a few MB, and the
 * index is plain strings, cheap to keep between the worker's lives (kept-answers.ts).
 */
export interface PeopleIndex {
  /** Person ids, most recently updated first. */
  ids: string[];
  /** Name, headline, company, location, tags, events and notes folded for search, one per id. */
  folded: string[];
  /**
   * The folding `folded` was made with (FIND_FOLD_VERSION): the index is kept across the worker's lives and browser
   * restarts, and one folded another way would miss what the query's new folding looks for ("mueller" in "Müller").
   */
  foldVersion: number;
}

/** The text a person is found by, folded (the same folding the query gets: findWords). */
export function searchText(person: Person, events: readonly string[]): string {
  return findText([person.displayName, person.headline, person.company, person.location, ...person.tags, ...events, person.notes].join(' \u0001 '));
}

/** Every valid person, newest first, with its search text; damaged records are quarantined on the way. */
export async function buildPeopleIndex(deps: Deps): Promise<PeopleIndex> {
  // The whole store, not the updatedAt index: a damaged record without the field must still be seen
  // (and quarantined), not skipped by the index.
  const raw = await deps.db.getAll('people');
  const checked = checkRecords('people', Person, raw, recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  const events = await eventNamesByPerson(deps);
  // Ties (an import gives many people one time) by id, descending: the order of the updatedAt index read backwards,
  // which the first page is read from (newestPeople), so that page and the next ones neither overlap nor miss.
  const people = checked.valid.sort((a, b) => b.updatedAt - a.updatedAt || compareText(b.id, a.id));
  return { ids: people.map((p) => p.id), folded: people.map((p) => searchText(p, events.get(p.id) ?? [])), foldVersion: FIND_FOLD_VERSION };
}

/**
 * A kept index read back, or undefined when it is not one: both lists of strings and of the same length, folded the
 * way this code folds (an older one is rebuilt). Checked by hand, not by zod: 30,000 entries are checked in a loop in
 * well under a millisecond each way.
 */
export function fromKeptForm(raw: unknown): PeopleIndex | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { ids, folded, foldVersion } = raw as Partial<Record<keyof PeopleIndex, unknown>>;
  if (foldVersion !== FIND_FOLD_VERSION) return undefined;
  if (!Array.isArray(ids) || !Array.isArray(folded) || ids.length !== folded.length) return undefined;
  for (let i = 0; i < ids.length; i++) if (typeof ids[i] !== 'string' || ids[i] === '' || typeof folded[i] !== 'string') return undefined;
  return { ids: ids as string[], folded: folded as string[], foldVersion };
}
