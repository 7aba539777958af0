/** How long the in-page UI works before it lets the page run again (a long task is 50 ms; the page needs some). */
export const SLICE_MS = 15;

/**
 * Runs `work` on each item in turn, letting the page run (`yieldToPage`) whenever `sliceMs` of the clock is spent,
 * so that a thousand cards never make one long task. At least one item runs per slice, so every slice makes
 * progress. `clock` and `yieldToPage` are injected (ms; a timer of the script's lifetime in the page).
 */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, yieldToPage: () => Promise<void>, clock: () => number, sliceMs = SLICE_MS): Promise<void> {
  let deadline = clock() + sliceMs;
  let ranThisSlice = 0;
  for (const item of items) {
    if (ranThisSlice > 0 && clock() >= deadline) {
      await yieldToPage();
      deadline = clock() + sliceMs;
      ranThisSlice = 0;
    }
    work(item);
    ranThisSlice++;
  }
}
