import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';

/** The ladder: one step per version, in order. Add `v2.ts` and append it; never edit a released step. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4];

export const DB_VERSION = MIGRATIONS.length;

/** Checks the ladder's shape: versions 1..N without gaps, so every old version has a path up. */
export function assertLadder(steps: readonly Migration[]): void {
  steps.forEach((step, i) => {
    if (step.version !== i + 1) throw new Error(`migration ladder gap: step ${i} has version ${step.version}`);
  });
}
