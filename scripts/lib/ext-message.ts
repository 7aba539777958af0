import type { Page } from 'playwright-core';

type ChromeLike = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends a protocol message from an extension page, as the popup or dashboard would. */
export function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  return page.evaluate(
    ([t, p]) => (globalThis as unknown as ChromeLike).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<T>;
}
