import type { PageParse, ParseContext } from '../facts';
import { parseInvitations } from './parse-invitations';
import { parseMessaging } from './parse-messaging';
import { detectLinkedinPage, readProfilePage, unsupported } from './parse-profile-page';

/**
 * Any LinkedIn page Handschlag reads into facts, or a named error. The URL gives the page type; the
 * content can overrule it (auth wall, bot challenge and "not found" are served at profile URLs and are
 * refused as `system-page`). Works on a parsed fixture and on the live `document` alike. Pure.
 */
export function parseLinkedinPage(root: Document, ctx: ParseContext): PageParse {
  const detected = detectLinkedinPage(root, ctx.url);
  if (!detected.ok) return detected.parse;
  const { page } = detected;
  switch (page.type) {
    case 'linkedin.profile':
      return readProfilePage(root, page);
    case 'linkedin.invitations.received':
      return parseInvitations(root, 'received', ctx);
    case 'linkedin.invitations.sent':
      return parseInvitations(root, 'sent', ctx);
    case 'linkedin.messaging':
      return parseMessaging(root, ctx);
    default:
      return unsupported(page.type);
  }
}
