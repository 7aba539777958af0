/**
 * Where the browser itself loads the in-page badges (a content script registered by the background while the
 * badges are on): the request lists of both sites, received and sent. Broader than the lists on purpose
 * (a match pattern cannot test a query, and `/app/contact` is also other pages): the script checks the page type
 * itself and shows nothing elsewhere. Registered, the badges need no round trip through the background before
 * their pills show; without the registration (an older worker, a list reached in place) the reader's
 * `inpage/list-seen` still loads them.
 */
export const BADGE_LIST_MATCHES: readonly string[] = [
  'https://www.xing.com/contacts/requests*',
  'https://www.xing.com/app/contact*',
  'https://www.linkedin.com/mynetwork/invitation-manager*',
];

/** The id of that registration (one per extension). */
export const BADGE_SCRIPT_ID = 'handschlag-badges';
