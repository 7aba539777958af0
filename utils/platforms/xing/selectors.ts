/**
 * Every selector and every UI word of XING that the XING parsers read, in one module.
 *
 * Sources (short names as in /work/shared/platform-notes.md §6-8; "date" = when the knowledge was last true):
 *   XPW  Playwright XING scenario, "new 18.04.2025 layout"            ~2024-03..2025-04
 *   XIS  ChrisAnkowski/xi-scraper                                    2022-11/12
 *   SMS  dmitrijbozhkov/SocialMediaScraper (malt-… until 2020-02)     2019-01..2020-02
 *   XGR  HeeL/xinger                                                 2018-03
 *   XCF  XING bot config with XPaths (old /app/ UI)                  undated, ~2015-2019
 *   XBLOG German XING blog posts (UI words)                          2009..2021
 *   FIX  tests/fixtures/xing (hand-made imitations of 2019 and 2025 pages, see its README)   2026-11
 *
 * Rules: strategies are listed strongest first (URL/href, aria, data-testid/data-qa/data-xds, role, structure,
 * visible words). Hashed class names (`sc-1a2b3c`, `hJkLmN`, `…-3Xk2a`) are never used. Readable legacy class
 * names live only in the `legacy` lists and are tried last, and never alone for a name or a key.
 * Ids are treated like classes: they may vanish, so every id has a data-attribute or structural twin.
 */

/**
 * Plain HTML structure that the structural strategies read. Not XING-specific, but kept here so that every
 * lookup the parsers make is in this one module.
 */
export const STRUCTURE = {
  headings: 'h1, h2, h3, h4, h5, [data-xds="Headline"], [role="heading"]',
  /** A card or list entry. */
  listItem: 'li, article, [role="listitem"], [role="article"]',
  /** Entries of a Wants/Haves list: list items or XDS tags. */
  tagItem: 'li, [data-xds="Tag"]',
  /** Elements whose whole text may be one value ("999+ Kontakte", "gestern", "Mitglied seit"). */
  textLeaf: 'a, button, span, p, div, li, strong, small, dt, dd, th, time, label',
  /** Decoration inside a name or value: icons, images, hidden helpers. */
  decoration: 'img, svg, [aria-hidden="true"]',
  /** Parts of a card that are not free text blocks: links, lists (actions, menus), buttons, quotes. */
  notFreeText: 'a, ul, ol, [role="menu"], button, figure, blockquote',
  quote: 'figure, blockquote',
  lists: 'ol, ul',
} as const;

/** Regions that never hold the page's subject: site header, navigation, footer, dialogs. role survives churn. */
export const CHROME = '[role="banner"], [role="navigation"], nav, [role="contentinfo"], footer, [role="dialog"], [role="menu"]';

/** Regions that hold other people (suggestions, "also viewed"): never the person of a profile. XPW 2025, FIX. */
export const SIDEBARS = [
  'aside',
  '[role="complementary"]',
  '[data-testid="similar-profiles"]',
  '[data-testid="network-suggestions"]',
  '[data-testid="suggestion-card"]',
  '[data-qa="visitors-also-viewed"]',
  '[data-qa="profile-ad"]',
].join(', ');

/** Either of the two: an element inside them is never the page's subject (one native lookup for both). */
export const NOT_IN_PAGE = `${CHROME}, ${SIDEBARS}`;

/** Profile page (`/profile/<page_name>`). XPW 2025 (#XingIdModule, data-xds), SMS 2019 (data-qa). */
export const PROFILE = {
  /** The header module with name, occupation, location, contacts. */
  idModule: ['[data-testid="xing-id-module"]', '#XingIdModule', '[data-qa="xing-id"]', '[data-qa="xing-id-module"]'],
  /** Name: the hero heading (2025) or the malt display name (2019). Flags ("PRO COACH") inside are cut out. */
  name: ['[data-xds="Hero"]', '[data-qa="malt-profile-display-name"]', '[data-qa="profile-display-name"]'],
  /** Elements inside the name heading that are not part of the name. */
  nameNoise: 'button, [data-xds="Flag"], [role="img"], svg, [aria-hidden="true"]',
  /** Profile photo inside the id module: its alt is the name (weak, checked against the key). */
  photo: ['[data-xds="ProfileImage"] img[alt]', 'img[alt]'],
  occupation: ['[data-testid="xing-id-occupation"]', '[data-qa="profile-occupations"] p', '[data-qa="profile-occupations"]'],
  /** Icon rows of the 2025 header: the row is the icon's parent. */
  occupationIcon: 'svg[data-xds="IconJobs"]',
  location: ['[data-testid="xing-id-location"]', '[data-qa="profile-location"]'],
  locationIcon: 'svg[data-xds="IconLocationPin"]',
  contacts: ['[data-testid="xing-id-contacts"]', '[data-qa="profile-contacts-count"]', '[data-qa="profile-contacts"]', 'button[data-xds="TextButton"]'],
  /** Company link in the occupation line: XING company pages. */
  companyLink: 'a[href*="/pages/"], a[href*="/companies/"], a[href*="/company/"]',
  /** Contact degree: the distance label (2025) or the contact path (2019, platform-notes §6 showroutes). */
  degree: ['[data-testid="contact-distance"]', '[data-qa="contact-distance"]', '[data-qa="contact-path"]'],
  wants: ['[data-qa="wants"]', '#wants'],
  haves: ['[data-qa="haves"]', '#haves'],
  mutual: ['[data-testid="shared-contacts-module"]', '#ContactsModule', '[data-qa="shared-contacts"]'],
  groups: ['[data-testid="shared-groups-module"]', '[data-qa="shared-groups"]'],
  stats: ['[data-testid="stats-module"]', '#ProfileStatsModule', '[data-qa="profile-stats"]'],
  /** Weak name fallback: a heading inside the id module. */
  nameHeadings: ['h1', 'h2'],
  groupLink: 'a[href*="/communities/groups/"], a[href*="/groups/"]',
  /** Hrefs in the id module's actions that name the shown member (used to spot a stale SPA page). */
  actionKeyHrefs: [/[?;&]name=([^;&#]+)/, /\/chats\/new\/([^/?#]+)/],
  legacy: { name: ['h1[class*="userName"]', '.component-user-name'], company: ['.company'], wants: ['.wants'], haves: ['.haves'] },
} as const;

/**
 * The viewer's own profile (issue 15): the header's "me" menu links the viewer's own profile (2025 `me-menu-profile`,
 * 2019 `myxing-profile-link`), and the id module shows the owner's edit controls instead of "Add contact".
 */
export const OWN_PROFILE = {
  viewerLink: '[data-testid="me-menu-profile"][href], a.myxing-profile-link[href]',
  editLinks: 'a[href*="/profile/edit"], a[href*="op=edit"], a[href*="/settings/profile"]',
  controls: 'a, button, [role="button"], [role="menuitem"]',
  controlText: /^(Profil bearbeiten|Edit (your )?profile|Profil vervollständigen|Complete (your )?profile|Bereich hinzufügen|Add section)$/i,
} as const;

/** Login wall served at a profile URL, and the login page. XPW 2025 (login.xing.com form), FIX. */
export const LOGIN = {
  markers: ['[data-testid="login-wall"]', '[data-testid="login-form"]', '[data-testid="top-bar-logged-out"]', 'input[type="password"]', 'form[action*="login.xing.com/login"]'],
  /** A login form where a list or chat should be (logged-out visitor at a requests or chat URL). */
  formMarkers: ['input[type="password"]', '[data-testid="login-form"]', '[data-testid="login-wall"]'],
  headings: 'h1, h2',
};

/** Contact-request lists: `/contacts/requests[/sent]` (2025, 2019 React) and `/app/contact?op=…` (old). */
export const REQUESTS = {
  card: ['[data-testid="contact-request-card"]', '[data-qa="request-item"]', '[data-qa="contact-request"]'],
  list: [
    '[data-testid="contact-requests-list"]',
    '[data-testid="sent-contact-requests-list"]',
    '[data-qa="received-requests-list"]',
    '[data-qa="sent-requests-list"]',
    '[data-qa="requests-list"]',
  ],
  emptyState: ['[data-testid="contact-requests-empty"]', '[data-qa="requests-empty-state"]'],
  name: ['[data-testid="request-card-name"]', '[data-qa="request-item-name"]'],
  headline: ['[data-testid="request-card-occupation"]', '[data-qa="request-item-occupation"]'],
  note: ['[data-testid="request-card-message"]', '[data-qa="request-item-message"]'],
  /** Bits of the note block that are not the note. */
  noteNoise: 'figcaption, button, svg, [aria-hidden="true"]',
  /** aria-label prefixes of the note block ("Nachricht von X", "Deine Nachricht"). */
  noteAria: ['Nachricht von', 'Message from', 'Deine Nachricht', 'Ihre Nachricht', 'Your message'],
  time: ['[data-testid="request-card-date"] time', '[data-qa="request-item-date"]', '[data-testid="request-card-date"]', 'time'],
  mutual: ['[data-testid="request-card-shared-contacts"]', '[data-qa="request-item-shared-contacts"]', 'a[href*="op=showroutes"]'],
  /** The one primary control of every card (accept or withdraw): data hook and aria-label (FIX 2025). */
  primaryHook: /request.*(accept|withdraw|revoke)$/,
  primaryAria: /^(kontaktanfrage von .+ annehmen|kontaktanfrage an .+ zurückziehen|accept (the )?contact request from .+|withdraw (the )?contact request to .+)$/i,
  /** Old /app/ list: the action links carry the member's page name in `name=` (XGR 2018, XCF). */
  anchorHref: /[?;&]op=(confirm|revoke|withdraw)[;&]name=([^;&#]+)/,
  /** aria-labels on a card that carry the member's name (FIX 2025: "Kontaktanfrage von Felix Gärtner annehmen"). */
  nameAria: [
    /^kontaktanfrage von (?<name>.+) (?:annehmen|ablehnen|ignorieren)$/i,
    /^kontaktanfrage an (?<name>.+) zurückziehen$/i,
    /^(?:accept|decline|ignore) (?:the )?contact request from (?<name>.+)$/i,
    /^withdraw (?:the )?contact request to (?<name>.+)$/i,
    /^weitere optionen für (?<name>.+)$/i,
    /^more options for (?<name>.+)$/i,
    /^nachricht von (?<name>.+)$/i,
    /^message from (?<name>.+)$/i,
  ],
  /** Every element a card action can sit on. */
  controls: 'button, a, [role="button"], [role="menuitem"]',
  legacy: { card: ['li.item.more-actions', 'li.item'], list: ['ul.contact-requests', '#contacts-requests'], name: ['.component-user-name', '.user-name'], headline: ['.occupation'], note: ['.request-message'], time: ['.date'] },
} as const;

/** Open conversation: `/chats/<id>` (2025), `/messages/conversations/<id>` (2019 React), `/app/message` (old). */
export const MESSAGES = {
  log: ['[data-testid="message-list"]', '[role="log"]', '[data-qa="message-list"]', '[data-qa="conversation-messages"]'],
  /** A sender's run of bubbles (2025) or one message (2019 React). */
  group: ['[data-testid="message-group"]', '[data-qa="conversation-message"]'],
  bubble: ['[data-testid="message-bubble"]', '[data-qa="message-content"]'],
  sender: ['[data-testid="message-sender"]', '[data-qa="message-author"]'],
  senderName: '[data-xds="Headline"], [data-qa="message-author-name"]',
  time: ['time', '[data-qa="message-date"]'],
  system: '[data-testid="chat-system-message"], [data-qa="conversation-system-message"], [data-testid="chat-date-separator"], [role="separator"]',
  /** Bits of a bubble that are not the text. */
  bubbleNoise: 'time, [data-qa="message-date"], button, [role="button"], [aria-hidden="true"]',
  /** A conversation list without an open conversation (`/chats`). */
  listOnly: ['[data-testid="chat-list"]', '[data-qa="conversation-list"]'],
  legacy: { log: ['ul.message-list', '#message-thread'], item: ['li.message'], sender: ['.message-author'], time: ['.message-date'], body: ['.message-body'] },
} as const;

/** UI words of both languages. Compared case-insensitively after cleanText; a trailing colon is ignored. */
export const WORDS = {
  /** Membership and role badges shown inside or beside the name heading (both eras; XPW 2025 Flag, XBLOG): never part of a name. */
  nameBadges: /^(PRO ?COACH|PRO ?TRAINER|PRO|Premium|ProJobs|ProBusiness|Insider|XING Insider|Ambassador|XING Ambassador|Moderator(in)?|Top ?Mentor|Verifiziert|Verified|Basis|Basic|Offen für Jobs|Open to work|\((sie|er|they|she|he)\/(ihr|ihm|them|her|him)\))$/i,
  wants: ['Ich suche', 'Wants'],
  haves: ['Ich biete', 'Haves'],
  memberSince: ['Mitglied seit', 'Member since', 'XING-Mitglied seit', 'On XING since'],
  mutualHeading: ['Gemeinsame Kontakte', 'Shared contacts', 'Contacts in common', 'Mutual contacts'],
  groupsHeading: ['Gemeinsame Gruppen', 'Shared groups', 'Groups in common'],
  /** Labels in front of a request's time (old list: "Erhalten: gestern"). */
  receivedLabel: ['Erhalten', 'Empfangen', 'Received'],
  sentLabel: ['Gesendet', 'Verschickt', 'Sent'],
  /** Placeholders a card shows instead of a note: the note is ''. FIX (2019-de), XBLOG (Basic members). */
  noNote: ['Keine persönliche Nachricht', 'Keine Nachricht', 'Ohne Nachricht', 'No personal message', 'No message', 'No message included'],
  emptyRequests: [
    'Keine offenen Kontaktanfragen',
    'Keine Kontaktanfragen',
    'Du hast keine offenen Kontaktanfragen',
    'Sie haben keine offenen Kontaktanfragen',
    'Du hast keine Kontaktanfragen gesendet',
    'Keine gesendeten Kontaktanfragen',
    'No contact requests',
    'No open contact requests',
    'No pending contact requests',
    'You have no open contact requests',
    "You haven't sent any contact requests",
  ],
  /** Headings of a login wall or login page. FIX 2025 ("Melde Dich an, um das vollständige Profil zu sehen"), XPW. */
  loginWall: ['Melde Dich an', 'Melden Sie sich an', 'Einloggen, um', 'Jetzt einloggen', 'Einloggen', 'Log in to see', 'Sign in to see', 'Log in to view', 'Log in', 'Sign in'],
  /** Link texts that point at a profile but are not a name. */
  notAName: ['Profil ansehen', 'Zum Profil', 'View profile', 'Profile', 'Profil', 'Du', 'Sie', 'You', 'Ich', 'Me'],
};

/**
 * Card actions: data-testid suffixes, words of aria-label/title/text, and `op=` values of old hrefs.
 * Order matters (first match wins): "Kontaktanfrage ablehnen" must not read as a request word.
 * XGR 2018 (icn-ext-ctr-con-add = accept), XCF (icn-ext-ctr-delete = decline), XBLOG ("Als Spam melden",
 * "Ablehnen", "Anfrage zurückziehen"), FIX 2025 aria-labels.
 */
export const ACTIONS = [
  { action: 'withdraw', testid: /(withdraw|revoke)$/, op: /^(revoke|withdraw)$/, words: /\b(zurückziehen|zurücknehmen|withdraw|revoke)\b/i },
  { action: 'report', testid: /(report|spam)/, op: /^(spam|report)$/, words: /(\bspam\b|\bmelden\b|\breport\b)/i },
  { action: 'decline', testid: /(decline|reject|delete)$/, op: /^(decline|delete|reject)$/, words: /\b(ablehnen|decline|reject)\b/i },
  { action: 'ignore', testid: /ignore$/, op: /^ignore$/, words: /\b(ignorieren|ignore)\b/i },
  { action: 'accept', testid: /(accept|confirm)$/, op: /^(confirm|accept)$/, words: /\b(annehmen|bestätigen|accept|confirm)\b/i },
  { action: 'message', testid: /(message|chat)$/, op: /^(compose)$/, words: /^(nachricht( schreiben| senden)?|send message|message|write message)$/i },
] as const;

/** Text patterns (both languages). */
export const PATTERNS = {
  /** "999+ Kontakte", "187 contacts", "1.234 Kontakte". */
  contactCount: /^(\d{1,3}(?:[.,\u202F\u00A0 ]\d{3})+|\d+)(\+)?\s*(?:kontakte?|contacts?)$/i,
  /** "12 gemeinsame Kontakte", "1 gemeinsamer Kontakt", "4 shared contacts", "3 contacts in common". */
  mutualCount: /(?:^|\s)(\d{1,3}(?:[.,]\d{3})*|\d+)\s+(?:gemeinsame[rn]?\s+kontakte?|shared\s+contacts?|mutual\s+contacts?|contacts?\s+in\s+common)\b/i,
  /** The same, as the whole text of an element (cards show it on its own line or link). */
  mutualLine: /^(\d{1,3}(?:[.,]\d{3})*|\d+)\s+(?:gemeinsame[rn]?\s+kontakte?|shared\s+contacts?|mutual\s+contacts?|contacts?\s+in\s+common)$/i,
  /** "Kontakt 2. Grades", "2. Grad", "2nd degree contact", "3rd-degree". */
  degree: [/^(?:kontakt\s+)?([123])\.\s*grad(?:es)?(?:\s+kontakt)?$/i, /^([123])(?:st|nd|rd)[\s-]+degree(?:\s+contact)?$/i],
  /** Direct contacts: first degree. */
  degreeOne: /^(direkter kontakt|ihr seid (bereits )?kontakte|sie sind (bereits )?kontakte|direct contact|you are (already )?contacts)$/i,
  /** Separators between title and company in an occupation line. */
  companySeparator: /\s+(?:bei|at|@)\s+/i,
  /** The same separator as a text node between title and company elements. */
  companySeparatorNode: /^\s*(?:bei|at|@)\s*$/i,
  /** System lines in a conversation (anchored: a message that merely mentions acceptance is still a message). */
  systemLine: [
    /^(du hast|sie haben) die kontaktanfrage von .+ angenommen\.?(\s+ihr seid jetzt kontakte\.?)?$/i,
    /^.+ hat (deine|ihre) kontaktanfrage angenommen\.?(\s+ihr seid jetzt kontakte\.?)?$/i,
    /^(ihr seid|sie sind) jetzt kontakte\.?$/i,
    /^you and .+ are now contacts\.?$/i,
    /^.+ (has )?accepted your contact request\.?$/i,
    /^you accepted .+'s contact request\.?$/i,
  ],
};
