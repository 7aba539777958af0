import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';

/** The ladder: one step per version, in order. Add `v2.ts` and append it; never edit a released step. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5];

export const DB_VERSION = MIGRATIONS.length;

/** Checks the ladder's shape: versions 1..N without gaps, so every old version has a path up. */
export function assertLadder(steps: readonly Migration[]): void {
  steps.forEach((step, i) => {
    if (step.version !== i + 1) throw new Error(`migration ladder gap: step ${i} has version ${step.version}`);
  });
}

/**
 * A backup's stores brought from the journal version they were taken at to this one: every later step's record
 * rewrite, in order (a step that only adds stores or indexes has none). Pure.
 */
export function upgradeRecords(stores: Record<string, unknown[]>, fromVersion: number, steps: readonly Migration[] = MIGRATIONS): Record<string, unknown[]> {
  let out = stores;
  for (const step of steps) {
    if (step.version <= fromVersion || !step.records) continue;
    const next = { ...out };
    for (const [store, rewrite] of Object.entries(step.records)) if (next[store]) next[store] = next[store].map(rewrite);
    out = next;
  }
  return out;
}
