/**
 * Waits before sending a reading again that did not reach the background (its worker was stopped: the message,
 * or its answer, was lost). Bounded: after the last delay the reading counts as not delivered until the page
 * changes or the user asks. Re-sending is harmless: the background writes nothing for what it already holds.
 */
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000, 15_000, 30_000] as const;

export type Settled = 'acknowledged' | 'retrying' | 'gave-up';

/**
 * Delivery of a content script's readings to the background: a reading (named by its fingerprint) is sent until
 * the background answers it, and an answered one is not sent again. The mark is set on the answer, never
 * before: a page marked sent while its message was lost was never sent again (issue 13, break 4).
 */
export interface Delivery {
  /** Whether this reading still needs sending: not answered yet, and not on its way right now. */
  due(fingerprint: string): boolean;
  /** The reading is being sent. */
  sending(fingerprint: string): void;
  /** How its send ended: `reached` when the background answered (yes or no); otherwise a retry is scheduled. */
  settle(fingerprint: string, reached: boolean): Settled;
  /** Forget the answered reading (automatic reading was off: once on again, the same page is sent). */
  forget(): void;
}

/** `retry` reads the page again and sends it (the page may have changed meanwhile); timers are injected. */
export function createDelivery(setTimer: (fn: () => void, ms: number) => void, retry: () => void): Delivery {
  let answered = '';
  let inFlight = '';
  let attempts = 0;
  return {
    due: (fingerprint) => fingerprint !== answered && fingerprint !== inFlight,
    sending(fingerprint) {
      inFlight = fingerprint;
    },
    settle(fingerprint, reached) {
      if (inFlight === fingerprint) inFlight = '';
      if (reached) {
        answered = fingerprint;
        attempts = 0;
        return 'acknowledged';
      }
      const delay = RETRY_DELAYS_MS[attempts];
      if (delay === undefined) return 'gave-up';
      attempts++;
      setTimer(retry, delay);
      return 'retrying';
    },
    forget() {
      answered = '';
    },
  };
}
