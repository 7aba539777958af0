import { findWords, findsAll } from '../text/fold';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { Person } from '../model/people';
import { buildPeopleIndex, type PeopleIndex } from './people-index';
import { readByIds } from './read-by-ids';

export interface PeoplePage {
  items: Person[];
  total: number;
}

/**
 * People, most recently updated first, optionally filtered by a query: every word of it found somewhere in the person's
 * search text, in any order and any field ("schmidt jana", "jana siemens"). Uses the cached index when given.
 */
export async function listPeople(deps: Deps, opts: { query?: string; offset?: number; limit: number }, index?: Derived<PeopleIndex>): Promise<PeoplePage> {
  const { ids, folded } = index ? await index.get() : await buildPeopleIndex(deps);
  const words = findWords(opts.query ?? '');
  const offset = opts.offset ?? 0;
  const page: string[] = [];
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    if (words.length && !findsAll(folded[i]!, words)) continue;
    if (total >= offset && page.length < opts.limit) page.push(ids[i]!);
    total++;
  }
  return { items: await readByIds(deps, 'people', Person, page), total };
}

/**
 * The first page without the index: the newest people by the updatedAt index, read backwards, and the store's
 * count. A few milliseconds where building the index reads and checks every person (0.6 s at 30,000): the dashboard
 * opens on it right after a write. A damaged record is left out here (the index's build quarantines it), though
 * still counted until then.
 */
export async function newestPeople(deps: Deps, limit: number): Promise<PeoplePage> {
  const tx = deps.db.transaction('people', 'readonly');
  const total = await tx.store.count();
  const items: Person[] = [];
  let cursor = await tx.store.index('updatedAt').openCursor(null, 'prev');
  while (cursor && items.length < limit) {
    const parsed = Person.safeParse(cursor.value);
    if (parsed.success) items.push(parsed.data);
    cursor = await cursor.continue();
  }
  await tx.done;
  return { items, total };
}
