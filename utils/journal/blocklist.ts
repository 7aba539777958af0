import { atomically } from './atomic';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { BlockEntry } from '../model/relationships';
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

/** Adds a checked file's entries in one transaction (all or nothing); entries already there as they are count as unchanged. */
export async function importBlocks(deps: Deps, entries: readonly BlockEntry[]): Promise<{ added: number; unchanged: number }> {
  const tx = deps.db.transaction('blocklist', 'readwrite');
  return atomically(tx, async () => {
    let added = 0;
    let unchanged = 0;
    for (const entry of entries) {
      const existing = BlockEntry.safeParse(await tx.store.get(entry.id));
      if (existing.success && JSON.stringify(existing.data) === JSON.stringify(entry)) {
        unchanged++;
        continue;
      }
      await tx.store.put(entry);
      added++;
    }
    return { added, unchanged };
  });
}
