import {
  isMessageType,
  protocol,
  type ErrorCode,
  type MessageType,
  type ResponseOf,
  type Result,
} from './protocol';
import { HandlerError } from './handler-error';
import { classifySender, senderAllowed, type ClassifiedSender, type ExtensionIdentity, type SenderInfo } from './senders';
import type { z } from 'zod';

export type Handler<T extends MessageType> = (
  payload: z.output<(typeof protocol)[T]['request']>,
  sender: ClassifiedSender,
) => Promise<ResponseOf<T>>;

export type Handlers = { [T in MessageType]: Handler<T> };

const fail = (code: ErrorCode, message: string): Result<MessageType> => ({ ok: false, error: { code, message } });

/**
 * The background's single entry point: checks envelope, type, sender and request schema before any
 * handler runs, so a rejected message can never write. Every answer is `{ok: true, data}` or
 * `{ok: false, error}`; nothing throws across the message boundary.
 */
export function createRouter(handlers: Handlers, self: ExtensionIdentity) {
  return async function handleMessage(raw: unknown, senderInfo: SenderInfo): Promise<Result<MessageType>> {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('bad-envelope', 'message must be an object');
    const { type, payload } = raw as { type?: unknown; payload?: unknown };
    if (!isMessageType(type)) return fail('unknown-type', `unknown message type: ${String(type).slice(0, 60)}`);
    const spec = protocol[type];
    const sender = classifySender(senderInfo, self);
    if (!sender || !senderAllowed(sender, spec.senders)) {
      return fail('forbidden-sender', `${type} is not accepted from this sender`);
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return fail('invalid-request', `${type}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'} ${i.message}`).join('; ').slice(0, 500)}`);
    }
    if (sender.kind === 'content' && hasPlatform(parsed.data) && parsed.data.platform !== sender.platform) {
      return fail('forbidden-sender', `${type}: a ${sender.platform} tab cannot report ${parsed.data.platform} data`);
    }
    let data: unknown;
    try {
      const handler = handlers[type] as Handler<MessageType>;
      data = await handler(parsed.data as never, sender);
    } catch (error) {
      if (error instanceof HandlerError) return fail(error.code, error.message.slice(0, 500));
      return fail('handler-failed', error instanceof Error ? error.message.slice(0, 500) : 'handler failed');
    }
    const checked = spec.response.safeParse(data);
    if (!checked.success) return fail('invalid-response', `${type}: handler returned an invalid response`);
    return { ok: true, data: checked.data as ResponseOf<MessageType> };
  };
}

function hasPlatform(value: unknown): value is { platform: string } {
  return !!value && typeof value === 'object' && typeof (value as { platform?: unknown }).platform === 'string';
}
