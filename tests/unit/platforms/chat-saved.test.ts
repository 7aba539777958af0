import { describe, expect, it } from 'vitest';
import type { Client } from '../../../utils/messaging/client';
import type { PageParse } from '../../../utils/platforms/facts';
import { listReading } from '../../../utils/platforms/common/actions/list-reading';
import { sendPage } from '../../../utils/platforms/common/actions/send-page';

const URL = 'https://www.xing.com/chats/abc';
/** A background that keeps `saved` of the chat's messages, and records what it was sent. */
function background(saved: number) {
  const sent: string[] = [];
  const client = {
    send: async (type: string) => {
      sent.push(type);
      return { ok: true, data: type === 'capture/messages' ? { stored: 0, saved } : { created: true } };
    },
  } as unknown as Client;
  return { client, sent };
}
const chat = (messages: { text: string; fromViewer?: true }[]): PageParse => ({ ok: true, page: { pageType: 'xing.messages', messages: messages.map((m) => ({ senderKey: 'Max_Pitch', senderName: 'Max Pitch', ...m })) } });

// Review of the words, finding 9: the content script tells the popup how many of the chat's messages are saved.
describe('a chat read by the content script carries how many of its messages are saved', () => {
  it.each([
    ['two of a requester\'s messages kept', chat([{ text: 'Hallo' }, { text: 'E-Book?' }]), 2, { ok: true, saved: 2 }, ['capture/messages']],
    ['only the viewer\'s own messages: none kept', chat([{ text: 'Hallo', fromViewer: true }]), 0, { ok: true, saved: 0 }, ['capture/messages']],
    ['the inbox without an open chat: nothing to count', chat([]), 0, { ok: true }, []],
  ])('%s', async (_name, parsed, saved, expected, sentTypes) => {
    const { client, sent } = background(saved);
    expect(await sendPage(client, 'xing', URL, parsed, true, listReading)).toEqual(expected);
    expect(sent).toEqual(sentTypes);
  });
});
