/**
 * Messages being answered, so background work (the toolbar count over every pending request) gives way to them:
 * scoring 30,000 requests in slices between a page's messages made each of their steps wait for a slice, and
 * logging a meeting took 430 ms instead of 40 (bench, 30,000 people).
 */
export interface Foreground {
  /** Runs one message's answer as foreground work. */
  run<T>(answer: () => Promise<T>): Promise<T>;
  /** Resolves once no message has been answered for `quietMs` (a page's next message usually follows at once). */
  quiet(): Promise<void>;
}

export function foreground(quietMs = 150, now: () => number = () => performance.now()): Foreground {
  let running = 0;
  let lastEnd = -Infinity;
  return {
    async run(answer) {
      running++;
      try {
        return await answer();
      } finally {
        running--;
        lastEnd = now();
      }
    },
    async quiet() {
      for (;;) {
        const wait = running > 0 ? quietMs : lastEnd + quietMs - now();
        if (wait <= 0) return;
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, wait)));
      }
    },
  };
}
