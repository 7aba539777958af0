import { atomically } from './atomic';
import type { Deps } from './profiles';
import { idsOf, STORES } from './person-merge';
import { PERSON_STORES } from '../model/person-views';
import { readInSlices } from './scoring-load';
import { dropOrphanEvents, scrubReceipt } from './person-traces';
import { PersonMissingError } from '../model/person-missing';

/** Characters a profile key is made of on either site: a key is named only where none of these stands beside it. */
const KEY_CHAR = String.raw`[\p{L}\p{N}_%.-]`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a quarantined record (kept whole and unparsed) names one of these values: the person's id or an identity
 * id as a whole JSON string, a profile key as a whole word (in a URL too). "Jana_Schmidt" does not name
 * "Jana_Schmidt12". Pure.
 */
export function namesAny(text: string, ids: readonly string[], keys: readonly string[]): boolean {
  return namer(ids, keys)(text);
}

/**
 * namesAny for many texts: the quoted ids and the keys' patterns made once. Keys are stored percent-decoded, URLs
 * as the browser gave them ("j%C3%BCrgen-m%C3%BCller"): a text is also read decoded, and both in NFC.
 */
function namer(ids: readonly string[], keys: readonly string[]): (text: string) => boolean {
  const quoted = ids.map((id) => JSON.stringify(id));
  const forms = [...new Set(keys.flatMap((key) => [key, key.normalize('NFC')]))];
  const patterns = forms.map((key) => new RegExp(`(?<!${KEY_CHAR})${escape(key)}(?!${KEY_CHAR})`, 'u'));
  const names = (text: string) => quoted.some((q) => text.includes(q)) || patterns.some((p) => p.test(text));
  return (text) => names(text) || names(percentDecoded(text).normalize('NFC'));
}

/** Every run of percent-escapes decoded where it is valid UTF-8 (a stray "%" stays as it is). Pure. */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * Deletes a person and every record that names them: their records in every person store, the blocklist
 * entries and quarantined records of their profiles, and their entry in the mutual contacts other people's
 * profiles showed (the count stays), the events only their meetings linked to, and the import receipt's file name
 * when it names them. One transaction.
 */
export async function deletePerson(deps: Deps, personId: string): Promise<{ removed: number }> {
  const tx = deps.db.transaction([...STORES, 'blocklist', 'quarantine', 'events', 'settings'], 'readwrite');
  return atomically(tx, async () => {
    const person = (await tx.objectStore('people').get(personId)) as { displayName?: unknown } | undefined;
    if (!person) throw new PersonMissingError();
    let removed = 0;
    const identityIds = await idsOf(tx, 'identities', personId);
    const keys = identityIds.map((id) => id.slice(id.indexOf(':') + 1));
    // The names a text may hold: the person's, those their profiles showed, and their profile keys.
    const shown = (await tx.objectStore('snapshots').index('personId').getAll(personId)).map((s) => (s as { facts?: { name?: unknown } }).facts?.name);
    const names = [person.displayName, ...shown, ...keys].filter((n): n is string => typeof n === 'string');
    // The events their meetings link to, read before the interactions go.
    const own = await tx.objectStore('interactions').index('personTime').getAll(IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER]));
    const eventIds = new Set(own.flatMap((i) => (typeof i.eventId === 'string' ? [i.eventId] : [])));
    for (const store of PERSON_STORES) {
      for (const id of await idsOf(tx, store, personId)) {
        await tx.objectStore(store).delete(id);
        removed++;
      }
    }
    for (const id of identityIds) {
      if (await tx.objectStore('blocklist').getKey(id)) {
        await tx.objectStore('blocklist').delete(id);
        removed++;
      }
    }
    const named = namer([personId, ...identityIds], keys);
    for (let cursor = await tx.objectStore('quarantine').openCursor(); cursor; cursor = await cursor.continue()) {
      if (named(JSON.stringify(cursor.value))) {
        await cursor.delete();
        removed++;
      }
    }
    await forgetAsMutual(tx.objectStore('snapshots'), new Set(identityIds));
    removed += await dropOrphanEvents(tx.objectStore('interactions'), tx.objectStore('events'), eventIds);
    await scrubReceipt(tx.objectStore('settings'), names);
    await tx.objectStore('people').delete(personId);
    return { removed: removed + 1 };
  });
}

type MutualSnapshot = { platform: string; facts?: { mutual?: { key: string }[] } };
type SnapshotStore = Parameters<typeof readInSlices>[0] & { put(value: never): Promise<unknown> };

/** Removes the profiles from the mutual contacts listed in every snapshot (of the same site), read in slices. */
async function forgetAsMutual(store: SnapshotStore, profiles: ReadonlySet<string>): Promise<void> {
  if (!profiles.size) return;
  for (const raw of await readInSlices(store)) {
    const snapshot = raw as MutualSnapshot;
    const mutual = snapshot.facts?.mutual;
    if (!Array.isArray(mutual) || !mutual.some((m) => profiles.has(`${snapshot.platform}:${m?.key}`))) continue;
    const kept = mutual.filter((m) => !profiles.has(`${snapshot.platform}:${m?.key}`));
    await store.put({ ...snapshot, facts: { ...snapshot.facts, mutual: kept } } as never);
  }
}
