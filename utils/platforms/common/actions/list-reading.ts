import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import type { MessageType, Result } from '../../../messaging/protocol';
import { cardMemo, type CardMemo } from '../../card-memo';
import type { PageFacts } from '../../facts';

/**
 * What only a site's full reader needs: a memo for lists that grow card by card, and sending their cards. The
 * profile readers go without it: a new tab compiles every function of the script it gets (BENCHMARKS.md).
 */
export interface ListReading {
  /** A memo for one page's cards (a new one after an in-page navigation). */
  newCardMemo(): CardMemo;
  /** Sends the page's request cards, then its chat messages; stops at the first refusal and returns it. */
  send(client: Client, platform: Platform, url: string, page: PageFacts, auto: boolean): Promise<Result<MessageType> | undefined>;
}

export const listReading: ListReading = {
  newCardMemo: () => cardMemo(() => performance.now()),
  async send(client, platform, url, page, auto) {
    const steps = [page.requests && (() => sendRequests(client, platform, url, page, auto)), page.messages?.length && (() => sendMessages(client, platform, url, page, auto))];
    for (const step of steps) {
      const res = step ? await step() : undefined;
      if (res && !res.ok) return res;
    }
    return undefined;
  },
};

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
  // The viewer's own messages are never a contact's (issue 15).
  const messages = (page.messages ?? []).filter((m) => !m.fromViewer).map(({ senderKey, senderName, time, text }) => ({ senderName, text, ...(senderKey ? { senderKey } : {}), ...(time ? { time } : {}) }));
  return client.send('capture/messages', { platform, url, auto, messages });
}
