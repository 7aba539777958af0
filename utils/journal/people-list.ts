import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Person } from './schemas';
import { foldForSearch } from '../text/fold';

export interface PeoplePage {
  items: Person[];
  total: number;
}

/** People, most recently updated first, optionally filtered by a folded substring of name, headline, company, location. */
export async function listPeople(deps: Deps, opts: { query?: string; offset?: number; limit: number }): Promise<PeoplePage> {
  // The whole store, not the updatedAt index: a damaged record without the field must still be seen
  // (and quarantined), not skipped by the index.
  const raw = await deps.db.getAll('people');
  const checked = checkRecords('people', Person, raw, recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  const needle = foldForSearch(opts.query ?? '');
  const matches = checked.valid
    .filter((p) => !needle || foldForSearch([p.displayName, p.headline, p.company, p.location].join(' ')).includes(needle))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const offset = opts.offset ?? 0;
  return { items: matches.slice(offset, offset + opts.limit), total: matches.length };
}
