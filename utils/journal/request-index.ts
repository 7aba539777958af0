import { foldForSearch } from '../text/fold';
import { blockFor, readBlocked, type Blocked } from './blocked-people';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { requestTime } from './request-time';
import { readByIds } from './read-by-ids';
import { listVerdicts } from './verdicts';
import type { Platform } from '../model/base';
import { Person } from '../model/people';
import type { BlockEntry, VerdictKind } from '../model/relationships';
import { RequestRecord, type RequestState } from '../model/requests';
import { compareText } from '../order';

/** What the Requests view filters and sorts on, one small row per request (the notes stay in IndexedDB). */
export interface IndexRow {
  id: string;
  platform: Platform;
  direction: 'received' | 'sent';
  state: RequestState;
  key: string;
  personId: string;
  /** When the request was made, as well as the journal knows (requestTime). */
  at: number;
  /** The sender's or recipient's name, folded for search. */
  folded: string;
}

export interface RequestIndex {
  /** Newest first. */
  rows: IndexRow[];
  people: ReadonlyMap<string, Person>;
  verdicts: ReadonlyMap<string, VerdictKind>;
  blocked: Blocked;
}

/**
 * The people these requests name, and no others: the index is held until the next write, and most people of a large
 * journal (an imported network) have no request. A damaged person is left out (the people index quarantines it).
 */
async function peopleNamed(deps: Deps, requests: readonly RequestRecord[]): Promise<Map<string, Person>> {
  const wanted = new Set(requests.map((r) => r.personId));
  const people = new Map<string, Person>();
  if (wanted.size === 0) return people;
  for (const value of await deps.db.getAll('people')) {
    const id = (value as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || !wanted.has(id)) continue;
    const parsed = Person.safeParse(value);
    if (parsed.success) people.set(id, parsed.data);
  }
  return people;
}

/** Every valid request with its person's name, the verdicts and the blocklist; damaged requests are quarantined. */
export async function buildRequestIndex(deps: Deps): Promise<RequestIndex> {
  const checked = checkRecords('requests', RequestRecord, await deps.db.getAll('requests'), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  const [people, verdicts, blocked] = await Promise.all([peopleNamed(deps, checked.valid), listVerdicts(deps), readBlocked(deps)]);
  const rows: IndexRow[] = [];
  for (const r of checked.valid) {
    const person = people.get(r.personId);
    if (!person) continue;
    rows.push({ id: r.id, platform: r.platform, direction: r.direction, state: r.state, key: r.key, personId: r.personId, at: requestTime(r), folded: foldForSearch(person.displayName) });
  }
  rows.sort((a, b) => b.at - a.at || compareText(a.id, b.id));
  const byRequest = new Map<string, VerdictKind>();
  // Oldest first, so the newest verdict of a request wins.
  for (const v of verdicts.sort((a, b) => a.at - b.at)) if (v.requestId) byRequest.set(v.requestId, v.verdict);
  return { rows, people, verdicts: byRequest, blocked };
}

/** The entry that blocks the request's person: on this site's key, or on their other site's (a linked person). */
export const blockOf = (index: RequestIndex, row: IndexRow): BlockEntry | undefined => blockFor(index.blocked, row.platform, row.key, row.personId);

/** The full records of these requests, in the given order; any gone or damaged since are left out. */
export const readRequests = (deps: Deps, ids: readonly string[]): Promise<RequestRecord[]> => readByIds(deps, 'requests', RequestRecord, ids);
