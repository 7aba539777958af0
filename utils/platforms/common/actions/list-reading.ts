import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import type { MessageType, Result } from '../../../messaging/protocol';
import { cardMemo, type CardMemo } from '../../card-memo';
import type { PageFacts } from '../../facts';
import { MAX_CARDS_PER_MESSAGE, MAX_LIST_KEYS } from '../../../messaging/limits';

/**
 * What only a site's full reader needs: a memo for lists that grow card by card, and sending their cards. The
 * profile readers go without it: a new tab compiles every function of the script it gets (BENCHMARKS.md).
 */
export interface ListReading {
  /** A memo for one page's cards (a new one after an in-page navigation). */
  newCardMemo(): CardMemo;
  /**
   * Sends the page's request cards, then its chat messages; stops at the first refusal and returns it. Else, on a
   * chat, how many of its messages the journal holds (`saved`).
   */
  send(client: Client, platform: Platform, url: string, page: PageFacts, auto: boolean): Promise<Result<MessageType> | { ok: true; saved?: number } | undefined>;
}

export const listReading: ListReading = {
  newCardMemo: () => cardMemo(() => performance.now()),
  async send(client, platform, url, page, auto) {
    if (page.requests) {
      const res = await sendRequests(client, platform, url, page, auto);
      if (!res.ok) return res;
    }
    // No messages: not a conversation (the inbox without an open chat), so there is nothing to count.
    if (!page.messages?.length) return undefined;
    const res = await sendMessages(client, platform, url, page, auto);
    return res.ok ? { ok: true, saved: res.data.saved } : res;
  },
};

/**
 * Sends the page's request cards in parts of at most MAX_CARDS_PER_MESSAGE, so that no list is too long to be
 * stored; the last part carries the proof of a whole list (every key) or how many cards could not be read.
 * Stops at the first refusal. Re-sending is harmless: the background writes nothing for a card it holds.
 */
async function sendRequests(client: Client, platform: Platform, url: string, page: PageFacts, auto: boolean): Promise<Result<MessageType>> {
  const direction = page.pageType.endsWith('.sent') ? 'sent' : 'received';
  const requests = (page.requests ?? []).map(({ key, name, headline, note, time, mutualCount }) => ({
    key,
    name,
    note,
    ...(headline ? { headline } : {}),
    ...(time ? { time } : {}),
    ...(mutualCount !== undefined ? { mutualCount } : {}),
  }));
  // The page's skipped cards are the request cards it could not read (a request list holds no messages).
  const skipped = page.skipped?.length ?? 0;
  const whole = skipped === 0 && requests.length <= MAX_LIST_KEYS;
  const last = { ...(whole ? { listKeys: requests.map((r) => r.key) } : {}), ...(skipped ? { skipped } : {}) };
  for (let start = 0; ; start += MAX_CARDS_PER_MESSAGE) {
    const part = requests.slice(start, start + MAX_CARDS_PER_MESSAGE);
    const isLast = start + MAX_CARDS_PER_MESSAGE >= requests.length;
    const res = await client.send('capture/requests', { platform, url, auto, direction, requests: part, ...(isLast ? last : { more: true as const }) });
    if (!res.ok || isLast) return res;
  }
}

function sendMessages(client: Client, platform: Platform, url: string, page: PageFacts, auto: boolean): Promise<Result<'capture/messages'>> {
  // The viewer's own messages are never a contact's (issue 15).
  const messages = (page.messages ?? []).filter((m) => !m.fromViewer).map(({ senderKey, senderName, time, text }) => ({ senderName, text, ...(senderKey ? { senderKey } : {}), ...(time ? { time } : {}) }));
  return client.send('capture/messages', { platform, url, auto, messages });
}
