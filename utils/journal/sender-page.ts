import { HandlerError } from '../messaging/handler-error';
import type { ClassifiedSender } from '../messaging/senders';
import { detectPage } from '../platforms/detect';
import type { PageType } from '../platforms/page-types';

/**
 * A content script may report only its own tab's page: the page a message names (its `url`) must be the page
 * the browser says the sender is on (`sender.url`, set by the browser, not by the page), the same page type
 * and profile key. Messages from Handschlag's own pages (the popup saving the open tab) are the user's.
 */
export function requireOwnPage(url: string, sender: ClassifiedSender): void {
  if (sender.kind !== 'content') return;
  const claimed = detectPage(url);
  const own = detectPage(sender.url);
  if (!claimed || !own || claimed.type !== own.type || claimed.key !== own.key) {
    throw new HandlerError('forbidden-sender', 'a tab can report only the page it shows');
  }
}

/** A failure report names a page type of the sender's own site (the router has checked its platform). */
export function requireOwnPageType(pageType: PageType, sender: ClassifiedSender): void {
  if (sender.kind === 'content' && !pageType.startsWith(`${sender.platform}.`)) {
    throw new HandlerError('forbidden-sender', `a ${sender.platform} tab cannot report a failure on another site`);
  }
}

/** The card's messages name a profile: it must be the one the sender's tab shows (never another person's). */
export function requireOwnProfile(platform: string, key: string, sender: ClassifiedSender): void {
  if (sender.kind !== 'content') return;
  const own = detectPage(sender.url);
  if (!own || own.type !== `${platform}.profile` || own.key !== key) {
    throw new HandlerError('forbidden-sender', 'a tab can ask only about the profile it shows');
  }
}
