import type { Deps } from './profiles';
import type { StoreName } from './db-schema';

export const COUNTED_STORES = [
  'people',
  'identities',
  'snapshots',
  'requests',
  'interactions',
  'events',
  'verdicts',
  'reminders',
  'blocklist',
  'quarantine',
] as const satisfies readonly StoreName[];

export type StoreCounts = Record<(typeof COUNTED_STORES)[number], number>;

/** Record counts per store, read in one transaction so they are consistent with each other. */
export async function storeCounts(deps: Deps): Promise<StoreCounts> {
  const tx = deps.db.transaction([...COUNTED_STORES], 'readonly');
  const counts = await Promise.all(COUNTED_STORES.map((name) => tx.objectStore(name).count()));
  await tx.done;
  return Object.fromEntries(COUNTED_STORES.map((name, i) => [name, counts[i] ?? 0])) as StoreCounts;
}
