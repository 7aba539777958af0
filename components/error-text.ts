import type { Translate } from '../utils/i18n';

/**
 * Answers of the background's router (utils/messaging/protocol.ts ErrorCode) whose message is for developers:
 * it may list schema paths and limits. The user gets one plain sentence instead; Diagnostics keeps the rest.
 */
const INTERNAL = new Set(['bad-envelope', 'unknown-type', 'forbidden-sender', 'invalid-request', 'handler-failed', 'invalid-response', 'unreachable']);

/** What the UI says about a failed step: the parser's own reason, or a plain sentence for an internal refusal. Pure. */
export function errorText(t: Translate, error: { code?: string | undefined; message: string }): string {
  return isInternalError(error.code) ? t('integrity_errorRefused') : error.message;
}

/** Whether a code is one of the router's own refusals (its message is for developers). */
export const isInternalError = (code: string | undefined): boolean => code !== undefined && INTERNAL.has(code);
