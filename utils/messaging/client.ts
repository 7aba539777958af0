import type { Envelope, MessageType, RequestOf, Result } from './protocol';

/** How a context reaches the background: `browser.runtime.sendMessage`, injected by the entrypoint. */
export type Transport = (message: Envelope) => Promise<unknown>;

export interface Client {
  send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<T>>;
}

/** A typed sender. It imports protocol types only, so content scripts do not bundle zod. */
export function createClient(transport: Transport): Client {
  return {
    async send(type, payload) {
      try {
        const answer = await transport({ type, payload } as Envelope);
        if (answer && typeof answer === 'object' && 'ok' in answer) return answer as Result<typeof type>;
        // No answer at all: the worker was stopped before it answered (the message may or may not have landed).
        return { ok: false, error: { code: 'unreachable', message: 'no answer from the background' } };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'unreachable', message } };
      }
    },
  };
}
