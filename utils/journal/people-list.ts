import { foldForSearch } from '../text/fold';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { Person } from '../model/people';
import { buildPeopleIndex, type PeopleIndex } from './people-index';
import { readByIds } from './read-by-ids';

export interface PeoplePage {
  items: Person[];
  total: number;
}

/** People, most recently updated first, optionally filtered by a folded substring. Uses the cached index when given. */
export async function listPeople(deps: Deps, opts: { query?: string; offset?: number; limit: number }, index?: Derived<PeopleIndex>): Promise<PeoplePage> {
  const { ids, folded } = index ? await index.get() : await buildPeopleIndex(deps);
  const needle = foldForSearch(opts.query ?? '');
  const offset = opts.offset ?? 0;
  const page: string[] = [];
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    if (needle && !folded[i]!.includes(needle)) continue;
    if (total >= offset && page.length < opts.limit) page.push(ids[i]!);
    total++;
  }
  return { items: await readByIds(deps, 'people', Person, page), total };
}
