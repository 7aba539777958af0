import { matchPage } from '../page-types';
import type { PageParse, ParseContext } from '../facts';
import { SYSTEM_PAGE_TYPES } from '../page-types';
import { classifySystemPage } from './classify';
import { parseInvitations } from './parse-invitations';
import { parseMessaging } from './parse-messaging';
import { readProfile, systemMessage } from './parse-profile';
import { linkedinDetectors } from './urls';

/**
 * Any LinkedIn page Handschlag reads into facts, or a named error. The URL gives the page type; the
 * content can overrule it (auth wall, bot challenge and "not found" are served at profile URLs and are
 * refused as `system-page`). Works on a parsed fixture and on the live `document` alike. Pure.
 */
export function parseLinkedinPage(root: Document, ctx: ParseContext): PageParse {
  const detected = matchPage(ctx.url, linkedinDetectors);
  if (!detected) {
    return { ok: false, error: { code: 'unsupported-page', pageType: null, message: 'not a LinkedIn page Handschlag reads' } };
  }
  const system = classifySystemPage(root) ?? (SYSTEM_PAGE_TYPES.includes(detected.type) ? detected.type : undefined);
  if (system) return { ok: false, error: { code: 'system-page', pageType: system, message: systemMessage(system) } };

  switch (detected.type) {
    case 'linkedin.profile': {
      if (!detected.key) break;
      const read = readProfile(root, detected.key);
      return read.ok ? { ok: true, page: { pageType: 'linkedin.profile', person: read.person } } : read;
    }
    case 'linkedin.invitations.received':
      return parseInvitations(root, 'received', ctx);
    case 'linkedin.invitations.sent':
      return parseInvitations(root, 'sent', ctx);
    case 'linkedin.messaging':
      return parseMessaging(root, ctx);
    default:
      break;
  }
  return { ok: false, error: { code: 'unsupported-page', pageType: detected.type, message: 'not a LinkedIn page Handschlag reads' } };
}
