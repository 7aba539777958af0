import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../utils/messaging/senders';

const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const tab = (url?: string) => ({ id: 7, ...(url ? { url } : {}) });

describe('classifySender: the page a content script is on', () => {
  it.each([
    ['a tab that has not moved', 'https://www.xing.com/profile/Anna_Berg', tab('https://www.xing.com/profile/Anna_Berg'), 'https://www.xing.com/profile/Anna_Berg'],
    // pushState: the tab shows the new address, the frame's document URL still names the first page.
    ['a tab moved on in place by the site', 'https://www.xing.com/profile/Anna_Berg', tab('https://www.xing.com/contacts/requests'), 'https://www.xing.com/contacts/requests'],
    ['no tab URL given (no permission for it)', 'https://www.linkedin.com/in/anna/', tab(), 'https://www.linkedin.com/in/anna/'],
    ['a tab URL on another site is not believed', 'https://www.linkedin.com/in/anna/', tab('https://www.xing.com/profile/Anna_Berg'), 'https://www.linkedin.com/in/anna/'],
    ['a tab URL that is no URL', 'https://www.linkedin.com/in/anna/', tab('not a url'), 'https://www.linkedin.com/in/anna/'],
  ])('%s', (_name, url, senderTab, expected) => {
    const got = classifySender({ id: 'ext', url, frameId: 0, tab: senderTab }, self);
    expect(got).toMatchObject({ kind: 'content', url: expected });
  });
});
