interface Tx {
  abort(): void;
  done: Promise<void>;
}

/**
 * Runs the work inside a transaction and commits it, or aborts it on any error so that nothing of a
 * half-done write lands (IndexedDB would otherwise commit the requests already made).
 */
export async function atomically<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
