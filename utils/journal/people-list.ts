import { foldForSearch } from '../text/fold';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { Person } from '../model/people';
import { buildPeopleIndex, type PeopleIndex } from './people-index';

export interface PeoplePage {
  items: Person[];
  total: number;
}

/** The records of these people (one read transaction), in the given order; any gone or damaged since are left out. */
async function readPeople(deps: Deps, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const tx = deps.db.transaction('people', 'readonly');
  const raw = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return raw.flatMap((value) => {
    const parsed = Person.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
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
  return { items: await readPeople(deps, page), total };
}
