import { STEP_ROWS, type ParseStep } from './types';

/** How far a pass is, as the 'rows' step it reports after `n` of its items (see eachInSteps). */
export type PassProgress = (n: number) => Pick<ParseStep, 'done' | 'total'>;

/**
 * Reads `items` one by one with `read`, and yields a step of unit 'rows' before every STEP_ROWS-th item, so that a
 * caller can let its event loop run in between (the background answers the dashboard while it reads a large file).
 * By default a step counts the items read of all; a parse of several passes gives each a share (see share). Pure.
 */
export function* eachInSteps<T>(items: readonly T[], read: (item: T) => void, progress: PassProgress = (n) => ({ done: n, total: items.length })): Generator<ParseStep, void> {
  let n = 0;
  for (const item of items) {
    if (++n % STEP_ROWS === 0) yield { unit: 'rows', ...progress(n) };
    read(item);
  }
}

/**
 * The progress of a pass over `count` items that is the part from `from` to `to` (shares of 1) of reading `total`
 * rows: a file read in several passes over its rows shows one count that only grows and ends at its row count,
 * each pass moving it by about its share of the work. Pure.
 */
export const share =
  (total: number, from: number, to: number, count: number): PassProgress =>
  (n) => ({ done: Math.floor(total * (from + ((to - from) * n) / Math.max(count, 1))), total });
