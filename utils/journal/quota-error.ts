import { HandlerError } from '../messaging/handler-error';

/** Whether an error is the browser's "no room left" (a put that threw it, or the transaction it aborted with it). */
export function isQuotaError(error: unknown): boolean {
  const name = error && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * A quota error as a refusal with its own code, so that the dashboard names the cause (retrying cannot help until
 * space is freed); any other error as it is.
 */
export function named(error: unknown): unknown {
  return isQuotaError(error) ? new HandlerError('quota', 'the browser has no room left for the journal') : error;
}
