import type { ErrorCode } from './protocol';

/** A handler's refusal with its own error code (the router answers with it instead of `handler-failed`). */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
