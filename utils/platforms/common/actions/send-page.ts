import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import type { PageParse } from '../../facts';
import { isLeftAlone } from '../../left-alone';
import type { ParseError } from '../../parse-result';
import type { ListReading } from './list-reading';

/** `saved`: on a chat, how many of its messages the journal holds. */
export type SendResult = { ok: true; saved?: number } | { ok: false; error: ParseError | { code: string; message: string } };

/**
 * Sends what was read to the background: the facts, or the named failure (counted in Diagnostics; a page left
 * alone on purpose, such as the own profile or a login wall, is no failure and is not sent).
 * `auto`: read without the user asking; the background records it only while automatic capture is on.
 * `lists`: how a full reader sends request cards and chat messages (a profile reader has none to send).
 */
export async function sendPage(client: Client, platform: Platform, url: string, parsed: PageParse, auto: boolean, lists?: ListReading): Promise<SendResult> {
  if (!parsed.ok) return sendFailure(client, platform, url, parsed.error, auto);
  const { page } = parsed;
  if (page.person) {
    const res = await client.send('capture/profile', { platform, url, auto, facts: page.person.facts });
    if (!res.ok) return { ok: false, error: res.error };
  }
  // Then the request cards or chat messages (only a full reader's pages hold them), stopping at a refusal.
  const res = await lists?.send(client, platform, url, page, auto);
  if (res && !res.ok) return { ok: false, error: res.error };
  return res && 'saved' in res && res.saved !== undefined ? { ok: true, saved: res.saved } : { ok: true };
}

async function sendFailure(client: Client, platform: Platform, url: string, error: ParseError, auto: boolean): Promise<SendResult> {
  if (!isLeftAlone(error.code) && error.pageType) {
    const { code, field, message } = error;
    const res = await client.send('capture/failed', { platform, url, auto, pageType: error.pageType, error: { code, message, ...(field ? { field } : {}) } });
    if (!res.ok && res.error.code === 'capture-off') return { ok: false, error: res.error };
  }
  return { ok: false, error };
}
