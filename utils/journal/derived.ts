/**
 * A value derived from the journal and kept in the worker's memory until the next write. Losing it
 * (the worker stopped) costs only a rebuild: the journal in IndexedDB stays the only truth.
 */
export interface Derived<T> {
  get(): Promise<T>;
  invalidate(): void;
  /**
   * After a write that only added to what the value was built from: the value brought up to date by `step` from
   * the one held, as a rebuild would give it. Where `step` gives null (it cannot tell), fails, or nothing is held
   * yet, the next `get` builds anew. Counts as an invalidation: work begun on the older value is stale.
   */
  update(step: (value: T) => Promise<T | null>): void;
  /** Counts the invalidations: work begun on an older value can tell that it is stale. */
  generation(): number;
}

export function derived<T>(build: () => Promise<T>): Derived<T> {
  let value: Promise<T> | null = null;
  let generation = 0;
  // A failed value is forgotten, so the next ask tries again (unless a newer one took its place meanwhile).
  const hold = (next: Promise<T>): Promise<T> => {
    const held: Promise<T> = next.catch((error: unknown) => {
      if (value === held) value = null;
      throw error;
    });
    value = held;
    return held;
  };
  return {
    get() {
      return value ?? hold(build());
    },
    invalidate() {
      value = null;
      generation++;
    },
    update(step) {
      generation++;
      if (!value) return;
      hold(
        value
          .then(step)
          .catch(() => null)
          .then((next) => next ?? build()),
      );
    },
    generation() {
      return generation;
    },
  };
}
