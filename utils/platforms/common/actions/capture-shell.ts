import type { CaptureNowAnswer, PageStatus } from '../../../messaging/tab-messages';
import { browser } from './content-browser';
import type { ScriptLifetime } from './page-context';

/** How long after a page load or an in-page navigation a page may still be rendering its content. */
export const SETTLE_MS = 8000;

/**
 * Answers the popup's messages (checked to come from this extension). Answered through `sendResponse`, which
 * every browser supports (a returned promise is not, where the content script has no polyfill).
 */
export function answerTheExtension(ctx: ScriptLifetime, answer: (type: unknown) => Promise<unknown> | undefined): void {
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const answering = answer((message as { type?: unknown } | null)?.type);
    if (!answering) return undefined;
    void answering.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** The popup's "capture now" answer for what the reader made of the page. */
export function answerOf(status: PageStatus): CaptureNowAnswer {
  if (status.state === 'error') return { ok: false, error: status.error.message, code: status.error.code };
  if (status.state === 'manual') return { ok: false, error: 'automatic capture is off' };
  return { ok: true };
}

export function debounce(ctx: ScriptLifetime, fn: () => void, ms: number): () => void {
  let timer: number | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(fn, ms);
  };
}
