/**
 * A value derived from the journal and kept in the worker's memory until the next write. Losing it
 * (the worker stopped) costs only a rebuild: the journal in IndexedDB stays the only truth.
 */
export interface Derived<T> {
  get(): Promise<T>;
  invalidate(): void;
  /** Counts the invalidations: work begun on an older value can tell that it is stale. */
  generation(): number;
}

export function derived<T>(build: () => Promise<T>): Derived<T> {
  let value: Promise<T> | null = null;
  let generation = 0;
  return {
    get() {
      value ??= build().catch((error: unknown) => {
        value = null;
        throw error;
      });
      return value;
    },
    invalidate() {
      value = null;
      generation++;
    },
    generation() {
      return generation;
    },
  };
}
