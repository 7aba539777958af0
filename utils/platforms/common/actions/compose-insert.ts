import { COMPOSE_INSERT, type ComposeInsertAnswer, type ComposeInsertRequest } from '../../../messaging/compose-messages';
import { linkedinDetectors } from '../../linkedin/urls';
import type { PageDetector } from '../../page-types';
import { xingDetectors } from '../../xing/urls';
import { browser } from './content-browser';
import { INSERT_SLOT } from './inpage-slot';
import { findBoxFor, insertInto } from './message-box';


/**
 * The composer's Insert, on the page: a verified action (exactly one open box, and it belongs to the person the
 * popup names) that fills the box and never sends. Loaded by the popup only when the user clicks Insert
 * (entrypoints/compose-insert.ts), so no page reader carries this code; loaded again, it listens once.
 * Listens only to this extension.
 */
export function installComposeInsert(): void {
  const slot = globalThis as unknown as Record<symbol, true | undefined>;
  if (slot[Symbol.for(INSERT_SLOT)]) return;
  const detectors = location.hostname === 'www.xing.com' ? xingDetectors : location.hostname === 'www.linkedin.com' ? linkedinDetectors : undefined;
  if (!detectors) return;
  slot[Symbol.for(INSERT_SLOT)] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (answer: ComposeInsertAnswer) => void): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = message as Partial<ComposeInsertRequest> | null;
    if (request?.type !== COMPOSE_INSERT || typeof request.text !== 'string' || typeof request.key !== 'string' || typeof request.name !== 'string') return undefined;
    sendResponse(insertComposed(document, location.href, detectors, request as ComposeInsertRequest));
    return undefined;
  });
}

export function insertComposed(doc: Document, pageUrl: string, detectors: readonly PageDetector[], request: ComposeInsertRequest): ComposeInsertAnswer {
  const found = findBoxFor(doc, pageUrl, detectors, { key: request.key, name: request.name });
  if (!found.ok) return found.detail === undefined ? { ok: false, reason: found.reason } : { ok: false, reason: found.reason, detail: found.detail };
  return insertInto(found.box, request.text.slice(0, 10_000)) ? { ok: true } : { ok: false, reason: 'not-taken' };
}
