/**
 * The one message an extension page sends to a content script: "read this page now" (the popup's
 * "Save this profile" when automatic capture is off). The content script checks the sender id.
 */
export const CAPTURE_NOW = 'handschlag/capture-now' as const;

export type CaptureNowAnswer = { ok: true } | { ok: false; error: string };
