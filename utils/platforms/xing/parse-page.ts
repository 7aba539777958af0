import type { PageParse, ParseContext } from '../facts';
import { classifyXingPage } from './classify';
import { parseMessagesPage } from './parse-messages';
import { readProfilePage } from './parse-profile-page';
import { parseRequestsPage } from './parse-requests';

/**
 * Any XING page Handschlag reads, into facts: the page type from `ctx.url`, refined by content (login page and
 * login wall are refused as system pages), then the profile, the request list or the open conversation.
 * Pure: reads `root` only (the live `document` or a parsed copy), no network, no `browser.*`.
 */
export function parseXingPage(root: Document, ctx: ParseContext): PageParse {
  const classified = classifyXingPage(root, ctx.url);
  if (!classified.ok) return classified;
  const { page } = classified;
  switch (page.type) {
    case 'xing.profile':
      return readProfilePage(root, page, ctx.url);
    case 'xing.requests.received':
      return parseRequestsPage(root, 'received', ctx);
    case 'xing.requests.sent':
      return parseRequestsPage(root, 'sent', ctx);
    case 'xing.messages':
      return parseMessagesPage(root, ctx);
  }
}
