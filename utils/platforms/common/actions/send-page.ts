import type { Platform } from '../../../journal/schemas';
import type { Client } from '../../../messaging/client';
import type { PageParse } from '../../facts';
import type { ParseError } from '../../parse-result';

export type SendResult = { ok: true } | { ok: false; error: ParseError | { code: string; message: string } };

/** Sends what was read to the background: the facts, or the named failure (counted in Diagnostics). */
export async function sendPage(client: Client, platform: Platform, url: string, parsed: PageParse): Promise<SendResult> {
  if (!parsed.ok) {
    if (parsed.error.code !== 'unsupported-page' && parsed.error.pageType) {
      const { code, field, message } = parsed.error;
      await client.send('capture/failed', { platform, url, pageType: parsed.error.pageType, error: { code, message, ...(field ? { field } : {}) } });
    }
    return { ok: false, error: parsed.error };
  }
  const { page } = parsed;
  if (page.person) {
    const res = await client.send('capture/profile', { platform, url, facts: page.person.facts });
    if (!res.ok) return { ok: false, error: res.error };
  }
  if (page.requests) {
    const direction = page.pageType.endsWith('.sent') ? 'sent' : 'received';
    const requests = page.requests.map(({ key, name, headline, note, time, mutualCount }) => ({
      key,
      name,
      note,
      ...(headline ? { headline } : {}),
      ...(time ? { time } : {}),
      ...(mutualCount !== undefined ? { mutualCount } : {}),
    }));
    const res = await client.send('capture/requests', { platform, url, direction, requests });
    if (!res.ok) return { ok: false, error: res.error };
  }
  if (page.messages?.length) {
    const messages = page.messages.map(({ senderKey, senderName, time, text }) => ({ senderName, text, ...(senderKey ? { senderKey } : {}), ...(time ? { time } : {}) }));
    const res = await client.send('capture/messages', { platform, url, messages });
    if (!res.ok) return { ok: false, error: res.error };
  }
  return { ok: true };
}
