import { decodeSegment, type DetectedPage, type PageDetector } from '../page-types';

const onSite = (url: URL) => url.protocol === 'https:' && url.hostname === 'www.xing.com';
const page = (type: DetectedPage['type'], key?: string): DetectedPage => ({ platform: 'xing', type, ...(key ? { key } : {}) });

// Page names are First_Last with an optional number; "my_profile" and similar are XING's own routes.
const RESERVED_PROFILE_NAMES = new Set(['my_profile', 'edit', 'search', 'visitors', 'timeline']);
const PAGE_NAME = /^[\p{L}\p{M}0-9._-]{2,100}$/u;
// Most page names are ASCII. The Unicode-class pattern is only needed for the others: compiling it costs
// about 0.5 ms in every new XING tab (V8 builds the letter table on first use), so it is tried second.
const ASCII_PAGE_NAME = /^[A-Za-z0-9._-]{2,100}$/;
const isPageName = (name: string): boolean => ASCII_PAGE_NAME.test(name) || PAGE_NAME.test(name);

export const xingDetectors: readonly PageDetector[] = [
  {
    type: 'xing.profile',
    test(url) {
      if (!onSite(url)) return null;
      const m = /^\/profile\/([^/]+)(?:\/(?:cv|web_profiles|xing-id(?:\/contact-details)?)?)?\/?$/.exec(url.pathname);
      const name = m?.[1] ? decodeSegment(m[1]) : '';
      if (!name || RESERVED_PROFILE_NAMES.has(name) || !isPageName(name)) return null;
      return page('xing.profile', name);
    },
    examples: [
      'https://www.xing.com/profile/Jana_Schmidt',
      'https://www.xing.com/profile/Jana_Schmidt12/',
      'https://www.xing.com/profile/Mehmet_Yilmaz3/cv',
      'https://www.xing.com/profile/J%C3%B6rg_M%C3%BCller?sc_o=da980_e',
      'https://www.xing.com/profile/Anna_Berger/xing-id/contact-details',
    ],
  },
  {
    type: 'xing.requests.received',
    test(url) {
      if (!onSite(url)) return null;
      if (/^\/contacts\/requests(\/received)?\/?$/.test(url.pathname)) return page('xing.requests.received');
      if (url.pathname === '/app/contact' && /(^|[;&?])op=toconfirm\b/.test(url.search)) return page('xing.requests.received');
      return null;
    },
    examples: [
      'https://www.xing.com/contacts/requests',
      'https://www.xing.com/contacts/requests/received/',
      'https://www.xing.com/app/contact?op=toconfirm',
    ],
  },
  {
    type: 'xing.requests.sent',
    test(url) {
      if (!onSite(url)) return null;
      if (/^\/contacts\/requests\/sent\/?$/.test(url.pathname)) return page('xing.requests.sent');
      if (url.pathname === '/app/contact' && /(^|[;&?])op=sent\b/.test(url.search)) return page('xing.requests.sent');
      return null;
    },
    examples: ['https://www.xing.com/contacts/requests/sent', 'https://www.xing.com/app/contact?op=sent'],
  },
  {
    type: 'xing.messages',
    test(url) {
      if (!onSite(url)) return null;
      if (/^\/(chats|messages\/conversations)(\/[^/]+)?\/?$/.test(url.pathname)) return page('xing.messages');
      if (url.pathname === '/app/message') return page('xing.messages');
      return null;
    },
    examples: [
      'https://www.xing.com/chats/1234567_987654',
      'https://www.xing.com/chats',
      'https://www.xing.com/messages/conversations/4711',
      'https://www.xing.com/app/message?op=show;id=123',
    ],
  },
  {
    type: 'xing.login',
    test(url) {
      if (url.protocol !== 'https:') return null;
      if (url.hostname === 'login.xing.com') return page('xing.login');
      if (onSite(url) && /^\/(login|signup|start\/signup)\/?/.test(url.pathname)) return page('xing.login');
      return null;
    },
    examples: ['https://login.xing.com/?dest_url=https%3A%2F%2Fwww.xing.com%2F', 'https://www.xing.com/login'],
  },
];
