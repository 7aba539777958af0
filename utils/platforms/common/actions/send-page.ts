import type { Platform } from '../../../journal/schemas';
import type { Client } from '../../../messaging/client';
import type { PageParse } from '../../facts';
import type { ParseError } from '../../parse-result';

export type SendResult = { ok: true } | { ok: false; error: ParseError | { code: string; message: string } };

/**
 * Sends what was read to the background: the facts, or the named failure (counted in Diagnostics).
 * `auto`: read without the user asking; the background records it only while automatic capture is on.
 */
export async function sendPage(client: Client, platform: Platform, url: string, parsed: PageParse, auto: boolean): Promise<SendResult> {
  if (!parsed.ok) {
    if (parsed.error.code !== 'unsupported-page' && parsed.error.pageType) {
      const { code, field, message } = parsed.error;
      const res = await client.send('capture/failed', { platform, url, auto, pageType: parsed.error.pageType, error: { code, message, ...(field ? { field } : {}) } });
      if (!res.ok && res.error.code === 'capture-off') return { ok: false, error: res.error };
    }
    return { ok: false, error: parsed.error };
  }
  const { page } = parsed;
  if (page.person) {
    const res = await client.send('capture/profile', { platform, url, auto, facts: page.person.facts });
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
    const res = await client.send('capture/requests', { platform, url, auto, direction, requests });
    if (!res.ok) return { ok: false, error: res.error };
  }
  if (page.messages?.length) {
    const messages = page.messages.map(({ senderKey, senderName, time, text }) => ({ senderName, text, ...(senderKey ? { senderKey } : {}), ...(time ? { time } : {}) }));
    const res = await client.send('capture/messages', { platform, url, auto, messages });
    if (!res.ok) return { ok: false, error: res.error };
  }
  return { ok: true };
}
