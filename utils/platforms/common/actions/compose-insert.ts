import { COMPOSE_INSERT, type ComposeInsertAnswer, type ComposeInsertRequest } from '../../../messaging/compose-messages';
import type { PageDetector } from '../../page-types';
import { browser } from './content-browser';
import { findBoxFor, insertInto } from './message-box';
import type { ScriptLifetime } from './page-context';

/**
 * The composer's Insert, on the page: a verified action (exactly one open box, and it belongs to the person the
 * popup names) that fills the box and never sends. Listens only to this extension.
 */
export function listenForComposeInsert(ctx: ScriptLifetime, detectors: readonly PageDetector[]): void {
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: ComposeInsertAnswer) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = message as Partial<ComposeInsertRequest> | null;
    if (request?.type !== COMPOSE_INSERT || typeof request.text !== 'string' || typeof request.key !== 'string' || typeof request.name !== 'string') return undefined;
    sendResponse(insertComposed(document, location.href, detectors, request as ComposeInsertRequest));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

export function insertComposed(doc: Document, pageUrl: string, detectors: readonly PageDetector[], request: ComposeInsertRequest): ComposeInsertAnswer {
  const found = findBoxFor(doc, pageUrl, detectors, { key: request.key, name: request.name });
  if (!found.ok) return found.detail === undefined ? { ok: false, reason: found.reason } : { ok: false, reason: found.reason, detail: found.detail };
  return insertInto(found.box, request.text.slice(0, 10_000)) ? { ok: true } : { ok: false, reason: 'failed', detail: 'the box did not take the text' };
}
