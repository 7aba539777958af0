import { describe, expect, it } from 'vitest';
import { dumpAll } from '../helpers/journal';
import { card, LINKEDIN_LIST, routedJournal, tab, XING_LIST } from './router-helpers';

const XING_SENT = 'https://www.xing.com/contacts/requests/sent';
const JANA = 'https://www.xing.com/profile/Jana_Schmidt';

// Issue 13, break 9: the background trusted the URL inside the message.
describe('a tab reports only the page it shows (break 9)', () => {
  const refused: [string, string, object][] = [
    ['a profile of another URL from a request-list tab', XING_LIST, { type: 'capture/profile', payload: { platform: 'xing', url: JANA, facts: { name: 'Jana' } } }],
    ['a sent list from a received-list tab', XING_LIST, { type: 'capture/requests', payload: { platform: 'xing', url: XING_SENT, direction: 'sent', requests: [card('Ana_A')] } }],
    ['another profile from a profile tab', JANA, { type: 'capture/profile', payload: { platform: 'xing', url: 'https://www.xing.com/profile/Uwe_Berg', facts: { name: 'Uwe' } } }],
    ['a failure of a LinkedIn page type from a XING tab', JANA, { type: 'capture/failed', payload: { platform: 'xing', url: JANA, pageType: 'linkedin.profile', error: { code: 'missing-name', message: 'x' } } }],
    ['a failure of another page from a XING tab', JANA, { type: 'capture/failed', payload: { platform: 'xing', url: XING_LIST, pageType: 'xing.requests.received', error: { code: 'missing-name', message: 'x' } } }],
    ['messages of a chat from a list tab', LINKEDIN_LIST, { type: 'capture/messages', payload: { platform: 'linkedin', url: 'https://www.linkedin.com/messaging/thread/1/', messages: [] } }],
  ];
  it.each(refused)('refuses %s and writes nothing', async (_name, senderUrl, message) => {
    const j = await routedJournal();
    const before = await dumpAll(j.deps);
    expect(await j.handle(message, tab(senderUrl))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await dumpAll(j.deps)).toEqual(before);
  });

  it('accepts the page the tab shows, whatever its query or fragment', async () => {
    const j = await routedJournal();
    expect(await j.handle({ type: 'capture/profile', payload: { platform: 'xing', url: JANA, facts: { name: 'Jana' } } }, tab(`${JANA}?sc_o=x#top`))).toMatchObject({ ok: true });
  });
});
