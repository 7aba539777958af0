import type { Platform } from '../model/base';

/**
 * Where the browser itself loads the in-page badges (content scripts registered by the background while the
 * badges are on, one per site with that site's code alone): the request lists of both sites, received and sent.
 * Broader than the lists on purpose (a match pattern cannot test a query, and `/app/contact` is also other pages):
 * the script checks the page type itself and shows nothing elsewhere. Registered, the badges need no round trip
 * through the background before their pills show; without the registration (an older worker, a list reached in
 * place) the reader's `inpage/list-seen` still loads them.
 */
export const BADGE_LISTS: Readonly<Record<Platform, readonly string[]>> = {
  xing: ['https://www.xing.com/contacts/requests*', 'https://www.xing.com/app/contact*'],
  linkedin: ['https://www.linkedin.com/mynetwork/invitation-manager*'],
};

/** Both sites' patterns. */
export const BADGE_LIST_MATCHES: readonly string[] = Object.values(BADGE_LISTS).flat();

/** The id of a site's registration. */
export const badgeScriptId = (platform: Platform): string => `handschlag-badges-${platform}`;

/** The one registration for both sites of versions before the per-site scripts (removed when found). */
export const OLD_BADGE_SCRIPT_ID = 'handschlag-badges';

/** The pills' script of a site (an unlisted script of the build). */
export const badgeScriptFile = (platform: Platform): `/inpage-${Platform}.js` => `/inpage-${platform}.js`;
