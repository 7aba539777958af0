import type { Platform } from '../../../journal/schemas';
import type { Client } from '../../../messaging/client';
import type { MessageType, Result } from '../../../messaging/protocol';
import type { PageFacts, PageParse } from '../../facts';
import type { ParseError } from '../../parse-result';

export type SendResult = { ok: true } | { ok: false; error: ParseError | { code: string; message: string } };

// One small function per kind of page: a new tab compiles only the one its page needs.

/**
 * Sends what was read to the background: the facts, or the named failure (counted in Diagnostics).
 * `auto`: read without the user asking; the background records it only while automatic capture is on.
 */
export async function sendPage(client: Client, platform: Platform, url: string, parsed: PageParse, auto: boolean): Promise<SendResult> {
  if (!parsed.ok) return sendFailure(client, platform, url, parsed.error, auto);
  const { page } = parsed;
  const { person } = page;
  // In turn, stopping at the first refusal (e.g. capture switched off).
  const steps = [
    person && (() => client.send('capture/profile', { platform, url, auto, facts: person.facts })),
    page.requests && (() => sendRequests(client, platform, url, page, auto)),
    page.messages?.length && (() => sendMessages(client, platform, url, page, auto)),
  ];
  for (const step of steps) {
    const res = step ? await step() : undefined;
    if (res && !res.ok) return { ok: false, error: res.error };
  }
  return { ok: true };
}

async function sendFailure(client: Client, platform: Platform, url: string, error: ParseError, auto: boolean): Promise<SendResult> {
  if (error.code !== 'unsupported-page' && error.pageType) {
    const { code, field, message } = error;
    const res = await client.send('capture/failed', { platform, url, auto, pageType: error.pageType, error: { code, message, ...(field ? { field } : {}) } });
    if (!res.ok && res.error.code === 'capture-off') return { ok: false, error: res.error };
  }
  return { ok: false, error };
}

function sendRequests(client: Client, platform: Platform, url: string, page: PageFacts, auto: boolean): Promise<Result<MessageType>> {
  const direction = page.pageType.endsWith('.sent') ? 'sent' : 'received';
  const requests = (page.requests ?? []).map(({ key, name, headline, note, time, mutualCount }) => ({
    key,
    name,
    note,
    ...(headline ? { headline } : {}),
    ...(time ? { time } : {}),
    ...(mutualCount !== undefined ? { mutualCount } : {}),
  }));
  return client.send('capture/requests', { platform, url, auto, direction, requests });
}

function sendMessages(client: Client, platform: Platform, url: string, page: PageFacts, auto: boolean): Promise<Result<MessageType>> {
  const messages = (page.messages ?? []).map(({ senderKey, senderName, time, text }) => ({ senderName, text, ...(senderKey ? { senderKey } : {}), ...(time ? { time } : {}) }));
  return client.send('capture/messages', { platform, url, auto, messages });
}
