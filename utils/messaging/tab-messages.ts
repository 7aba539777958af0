/**
 * Messages an extension page sends to a content script: "read this page now" (the popup's
 * "Save this profile" when automatic capture is off). The content script checks the sender id.
 */
export const CAPTURE_NOW = 'handschlag/capture-now' as const;

export type CaptureNowAnswer = { ok: true } | { ok: false; error: string; code?: string };

/** The popup asks the content script what it made of the page (for "layout not recognised"). */
export const PAGE_STATUS = 'handschlag/page-status' as const;

export type PageStatus =
  | { state: 'idle' }
  | { state: 'unsupported' }
  | { state: 'manual'; pageType: string }
  /** Not readable yet, but the page may still be rendering (the content script waits before it calls it a failure). */
  | { state: 'reading'; pageType: string }
  /** `saved`: on a chat, how many of its messages are in the journal (the popup says what was kept from it). */
  | { state: 'read'; pageType: string; saved?: number }
  | { state: 'error'; pageType: string; error: { code: string; field?: string; message: string } };
