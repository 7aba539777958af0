import { blockId } from './blocklist';
import type { Deps } from './profiles';
import { valid } from './record-reads';
import type { Platform } from '../model/base';
import { Identity } from '../model/people';
import { BlockEntry } from '../model/relationships';

/**
 * Who is on the blocklist, by site key and by person: an entry for any of a person's identities blocks the person,
 * so a spammer blocked on XING is flagged on LinkedIn too where the journal links the two (issue 17: "flagged at
 * once wherever they appear again"). Entries for people the journal does not know (a team's file) match by key.
 */
export interface Blocked {
  byKey: ReadonlyMap<string, BlockEntry>;
  byPerson: ReadonlyMap<string, BlockEntry>;
}

const NONE: Blocked = { byKey: new Map(), byPerson: new Map() };

/**
 * The whole blocklist with the person of each entry, read in one transaction: one read of the list and one identity
 * read per entry (a blocklist holds hundreds, not the journal's thousands). Damaged entries are passed over here;
 * the dashboard's list quarantines them.
 */
export async function readBlocked(deps: Deps): Promise<Blocked> {
  const tx = deps.db.transaction(['blocklist', 'identities'], 'readonly');
  const raw = await tx.objectStore('blocklist').getAll();
  if (raw.length === 0) {
    await tx.done;
    return NONE;
  }
  const entries = valid(BlockEntry, raw);
  const identities = await Promise.all(entries.map((e) => tx.objectStore('identities').get(e.id)));
  await tx.done;
  const byKey = new Map<string, BlockEntry>();
  const byPerson = new Map<string, BlockEntry>();
  entries.forEach((entry, i) => {
    byKey.set(entry.id, entry);
    const identity = Identity.safeParse(identities[i]);
    if (!identity.success) return;
    // The newest entry of a person speaks for them (its reason and date are shown).
    const had = byPerson.get(identity.data.personId);
    if (!had || had.at < entry.at) byPerson.set(identity.data.personId, entry);
  });
  return { byKey, byPerson };
}

/** The entry that blocks this person of this site: their own key's, else one of another identity of theirs. Pure. */
export function blockFor(blocked: Blocked, platform: Platform, key: string, personId?: string): BlockEntry | undefined {
  return blocked.byKey.get(blockId(platform, key)) ?? (personId === undefined ? undefined : blocked.byPerson.get(personId));
}

/**
 * The ids of the pending received requests whose sender is blocked (by key or as a person): the toolbar counts them
 * as flagged. A read per blocklist entry on the requests' indexes, not a read of every pending request.
 */
export async function blockedPendingIds(deps: Deps, blocked: Blocked): Promise<Set<string>> {
  const out = new Set<string>();
  if (blocked.byKey.size === 0) return out;
  const tx = deps.db.transaction('requests', 'readonly');
  const store = tx.store;
  const lists = await Promise.all([
    ...[...blocked.byKey.values()].map((e) => store.index('identity').getAll([e.platform, e.key, 'received'])),
    ...[...blocked.byPerson.keys()].map((personId) => store.index('personId').getAll(personId)),
  ]);
  await tx.done;
  for (const raw of lists.flat()) {
    const r = raw as { id?: unknown; state?: unknown; direction?: unknown };
    if (typeof r.id === 'string' && r.state === 'pending' && r.direction === 'received') out.add(r.id);
  }
  return out;
}
