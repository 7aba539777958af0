// Turns of the worker's event loop for long jobs, so messages, transactions and a cancel are heard in between.

/** Lets the event loop run (a message, a cancel, a progress report) before going on: one timer turn. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Lets queued tasks (messages, transactions) run, for loops that yield often: a posted message, unlike a nested
 * setTimeout, is not clamped to 4 ms.
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
