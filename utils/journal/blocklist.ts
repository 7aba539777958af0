import { atomically } from './atomic';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { BlockEntry } from '../model/relationships';
import { Identity, Person } from '../model/people';
import { isPlainIdentity, isPlainPerson, readChecked } from '../model/plain-records';
import { parseBlocklistFile } from '../blocklist/file';
import type { BlocklistError } from '../blocklist/problems';
import type { Platform } from '../model/base';

/** The blocklist key of a person on one site. */
export const blockId = (platform: Platform, key: string): string => `${platform}:${key}`;

/** Every blocklist entry (damaged ones are quarantined), newest first. */
export async function listBlocks(deps: Deps): Promise<BlockEntry[]> {
  const checked = checkRecords('blocklist', BlockEntry, await deps.db.getAll('blocklist'), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  return checked.valid.sort((a, b) => b.at - a.at);
}

/** The entries for these keys of one site (a read per key: a page shows a few hundred at most). */
export async function blocksFor(deps: Deps, platform: Platform, keys: readonly string[]): Promise<Map<string, BlockEntry>> {
  const tx = deps.db.transaction('blocklist', 'readonly');
  const raw = await Promise.all(keys.map((key) => tx.store.get(blockId(platform, key))));
  await tx.done;
  const out = new Map<string, BlockEntry>();
  raw.forEach((value, i) => {
    const parsed = BlockEntry.safeParse(value);
    if (parsed.success) out.set(keys[i]!, parsed.data);
  });
  return out;
}

/** Removes one entry (undo, or the user's choice in the dashboard); what the platform did stays done. */
export async function removeBlock(deps: Deps, input: { platform: Platform; key: string }): Promise<{ removed: boolean }> {
  const tx = deps.db.transaction('blocklist', 'readwrite');
  const id = blockId(input.platform, input.key);
  const had = (await tx.store.getKey(id)) !== undefined;
  if (had) await tx.store.delete(id);
  await tx.done;
  return { removed: had };
}

/**
 * Adds a checked file's entries in one transaction (all or nothing). A person already on the list keeps the
 * user's own entry (reason, date) as it is, and counts as unchanged: a team file never rewrites a local block,
 * and an older file imported later never reverts one. A damaged record under the id is replaced.
 */
export async function importBlocks(deps: Deps, entries: readonly BlockEntry[]): Promise<{ added: number; unchanged: number }> {
  const tx = deps.db.transaction('blocklist', 'readwrite');
  return atomically(tx, async () => {
    let added = 0;
    let unchanged = 0;
    for (const entry of entries) {
      if (await addUnlessListed(tx.store, entry)) added++;
      else unchanged++;
    }
    return { added, unchanged };
  });
}

/**
 * Puts `entry` unless its person is on the list already: the entry there (the user's own reason and date) is kept.
 * A damaged record under the id is replaced. Whether it was put. Used by an import and by a block made on the site.
 */
export async function addUnlessListed(store: { get(id: string): Promise<unknown>; put(entry: BlockEntry): Promise<unknown> }, entry: BlockEntry): Promise<boolean> {
  if (BlockEntry.safeParse(await store.get(entry.id)).success) return false;
  await store.put(entry);
  return true;
}

/** A shared file imported: all its entries, or none and every refused row (utils/blocklist/file.ts). */
export async function importBlocklistFile(deps: Deps, text: string): Promise<{ added: number; unchanged: number; repeated: number; errors: BlocklistError[] }> {
  // A row without a date gets this import's time: when this user's list got it.
  const parsed = parseBlocklistFile(text, deps.now());
  if (!parsed.ok) return { added: 0, unchanged: 0, repeated: 0, errors: parsed.errors };
  return { ...(await importBlocks(deps, parsed.entries)), repeated: parsed.repeated, errors: [] };
}

/**
 * The list as the dashboard shows it: every entry, and the journal's name of each person it knows (by entry id),
 * which the panel and the export use where the entry names nobody ("Block spammer" writes no name). Read in one
 * transaction: a get per entry (a blocklist holds hundreds, not the journal's thousands).
 */
export async function listBlocksNamed(deps: Deps): Promise<{ items: BlockEntry[]; names: { id: string; name: string }[] }> {
  const items = await listBlocks(deps);
  const tx = deps.db.transaction(['identities', 'people'], 'readonly');
  const named = await Promise.all(
    items.map(async (entry) => {
      const identity = readChecked(await tx.objectStore('identities').get(entry.id), isPlainIdentity, Identity);
      const person = identity && readChecked(await tx.objectStore('people').get(identity.personId), isPlainPerson, Person);
      return person ? [{ id: entry.id, name: person.displayName }] : [];
    }),
  );
  await tx.done;
  return { items, names: named.flat() };
}
