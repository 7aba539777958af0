/**
 * Every selector and every UI word list Handschlag uses on LinkedIn, in one place.
 *
 * Sources and dates follow shared/platform-notes.md (short names in brackets, e.g. [LIH 2025-10]); the
 * date is when the knowledge was last true for that source, not when LinkedIn changed its markup.
 * Rules: never select on hashed class names (`_0436c815`, `LmnROyZB…`); readable legacy classes are
 * the last fallback of a chain, never its only member for a name or a key. German UI words marked
 * "unverified" were not seen in a source; they follow LinkedIn's usual German wording.
 */

// ── Landmarks and page shell ────────────────────────────────────────────────────────────────────────
/** Main landmark of all eras: `<main id="main">` (2024 Ember [FIX-L 2024-07]), `<main data-sdui-screen>` (2026), `<main role="main">` (guest [FIX-G 2024-05]), `div[role=main]` (SDUI screens [LIH 2025-10]). */
export const MAIN = ['main', '[role="main"]'] as const;
/** Regions that never hold the page's person: side bars, global nav, the messaging overlay, dialogs, menus. */
export const NOT_CONTENT = 'aside, nav, header[componentkey="GlobalNav"], #global-nav, #msg-overlay, [data-view-name="messaging-overlay"], [role="dialog"], [aria-modal="true"], [role="menu"], [role="complementary"]';
/** The global navigation bar (2024 Ember `#global-nav` [FIX-L], 2026 `header[componentkey="GlobalNav"]`): the viewer's own links. */
export const GLOBAL_NAV = ':is(#global-nav, header[componentkey="GlobalNav"], nav[aria-label="Primary Navigation"], nav[aria-label="Primäre Navigation"])';
/** Subtrees whose text is never page content: controls, embedded data, icons, dialogs (guest sign-in modals [FIX-G]). */
const SKIP_TAGS = ['script', 'style', 'code', 'template', 'noscript', 'svg', 'button', 'input', 'textarea', 'select', 'option', 'form', 'img', 'iframe', 'li-icon'];
const SKIP_ROLES = ['button', 'dialog', 'alertdialog', 'menu', 'menuitem', 'tooltip', 'textbox'];
/** Screen-reader-only twins of visible text (legacy classes, fallback only: the twin check in dom-text.ts does not need them) [FIX-L 2024-07]. */
const A11Y_ONLY_CLASSES = ['visually-hidden', 'a11y-text', 'sr-only'];
/** Everything a selector can tell about a skipped subtree: the tags, roles and classes above, modal dialogs, `hidden`. */
export const SKIPPED = [...SKIP_TAGS, ...SKIP_ROLES.map((r) => `[role="${r}"]`), '[aria-modal="true"]', '[hidden]', ...A11Y_ONLY_CLASSES.map((c) => `.${c}`)].join(', ');
/** Possible screen-reader twins: not aria-hidden, next to an aria-hidden sibling (dom-text.ts compares their texts). */
export const TWIN_CANDIDATE = '[aria-hidden="true"] + :not([aria-hidden="true"]), :not([aria-hidden="true"]):has(+ [aria-hidden="true"])';
// The walks in dom-text.ts ask one of these first of every element they visit: most elements are plain content
// and match none, so one native check answers for them (a question per attribute from script costs far more).
/** Every element dom-text.ts's isSkipped may be true for (twin candidates still need their texts compared). */
export const SKIPPED_OR_TWIN = `${SKIPPED}, ${TWIN_CANDIDATE}`;
/** Every element isOutsideContent may be true for. */
export const MAYBE_OUTSIDE_CONTENT = `${SKIPPED_OR_TWIN}, ${NOT_CONTENT}`;
/** Inline elements that never start a text block of their own. */
export const INLINE_TAGS = new Set(['STRONG', 'B', 'EM', 'I', 'SMALL', 'MARK', 'ABBR', 'BDI', 'BDO', 'SUB', 'SUP', 'U', 'S', 'WBR', 'CITE', 'Q']);

// ── Plain HTML structure (tag/attribute selectors; no site classes) ──────────────────────────────────
export const TITLE = 'title';
export const CANONICAL = 'link[rel="canonical"]';
export const META_WITH_CONTENT = 'meta[content]';
/** The page heading (2024 and guest profile name) and the 2026 top card's name heading [REG 2026: first `main h2`]. */
export const H1 = 'h1';
export const H2 = 'h2';
export const HEADINGS = 'h1, h2, h3, h4, h5, h6';
export const SECTION_HEADING = 'h2, h3';
export const LISTS = 'ul, ol, [role="list"]';
export const TIME = 'time';
export const PHOTO = 'img[alt]';
export const LABELLED = '[aria-label]';
export const PARAGRAPH = 'p';
export const LINK = 'a';
export const SECTION = 'section';
/** Document titles: "(7) Jörg Müller | LinkedIn" (unread counter, site suffix [FIX-L 2024-07]); guest "Name - Job - Company | LinkedIn" [FIX-G]. */
export const TITLE_COUNTER = /^\(\d+\+?\)\s*/;
export const TITLE_SUFFIX = /\s*\|\s*LinkedIn$/i;
export const TITLE_PARTS = ' - ';
/** Texts that are never a person's name. */
export const NOT_A_NAME = /^(LinkedIn|Profile|Profil|Me|Ich)$/i;

// ── Profile links ───────────────────────────────────────────────────────────────────────────────────
/** Any member link; the slug is the key ([FIX-L], exports). Guest pages link country hosts (se.linkedin.com). */
export const PROFILE_LINK = 'a[href*="/in/"]';
/** Hosts whose `/in/<slug>` links are member profiles. */
export const PROFILE_HOST = /(^|\.)linkedin\.com$/i;

// ── Embedded data ([FIX-L 2024-07] bpr-guid `<code>` Voyager islands; 2026 SDUI rehydrate payload; [FIX-G] ld+json) ──
export const VOYAGER_CODE = 'code';
export const JSON_SCRIPT = 'script[type="application/json"]';
export const LD_JSON = 'script[type="application/ld+json"]';

// ── System pages (platform-notes §1, real samples 2024-06) ──────────────────────────────────────────
export const PAGE_KEY = 'meta[name="pageKey"]';
/** pageKey values of the auth wall / login ("d_homepage-guest-home" in the real sample) and of error pages. */
export const AUTHWALL_PAGE_KEY = /(guest-home|authwall|login|signup|checkpoint)/i;
export const NOTFOUND_PAGE_KEY = /(^|_)(404|not[-_]?found|error)(_|$)/i;
export const AUTHWALL_TITLE = [/^LinkedIn:\s*(Log In or Sign Up|Anmelden oder Mitglied werden)/i, /^(Sign Up|Log In|Anmelden|Einloggen)\s*\|\s*LinkedIn/i];
export const NOTFOUND_TITLE = [/^(Profile Not Found|Page Not Found|Profil nicht gefunden|Seite nicht gefunden)\b/i];
export const CHALLENGE_TITLE = [/^(Security Verification|Sicherheitsüberprüfung|Security check|Sicherheitsprüfung)\b/i];
/** "An exact match for <slug> could not be found." (real sample 2024-06); German wording unverified. */
export const NOTFOUND_TEXT = [/^An exact match for .+ could not be found\.?$/i, /^(Es wurde )?kein(e)? (exakte )?Übereinstimmung für .+ gefunden\.?$/i, /^This page doesn[’']t exist/i, /^Diese Seite existiert nicht/i];
/** Public "not found" canonical: /public-profile/in/<slug>/ (real sample 2024-06). */
export const NOTFOUND_CANONICAL = /\/public-profile\/in\//i;
/** Bot interstitial: meta refresh to linkedin.com and an empty body (real sample 2024-06); `http-equiv` may be missing, so match the content. */
export const REFRESH_CONTENT = /^\s*\d+\s*;\s*url=https?:\/\/([a-z]+\.)?linkedin\.com\/?\s*$/i;
/** Security/limit interstitials [REG 2026]. */
export const CHALLENGE_FRAME = 'iframe[src*="/checkpoint/challenge"], iframe[src*="captcha"]';

// ── Profile (platform-notes §3) ─────────────────────────────────────────────────────────────────────
/** Links of the top card that carry the owner's slug: "about this profile" [FIX-L 2024-07] and contact info. */
export const ABOUT_LINK = 'a[href*="/overlay/about-this-profile"]';
export const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';
/** 2026 SDUI top card: `section[componentkey$="Topcard"]` (fixtures, after CLI SDUI screens). */
export const TOP_CARD_KEY = '[componentkey$="Topcard" i], [componentkey*="topcard" i]:not([componentkey*="actions" i])';
export const HEADLINE_ATTR = '[data-generated-suggestion-target]'; // [FIX-L 2024-07]
export const COMPANY_LINK = 'a[href*="/company/"]';
/** Legacy classes, fallbacks only. */
export const LEGACY_PROFILE = {
  headline: ['.top-card-layout__headline', '.text-body-medium.break-words'],
  location: ['span.text-body-small.inline.t-black--light.break-words', '.top-card-layout__first-subline .not-first-middot > span'],
  company: ['[data-section="currentPositionsDetails"] a'],
} as const;
/** Texts of the contact-info link (its href is the first strategy). */
export const CONTACT_INFO_TEXT = /^(Contact info|Kontaktinfo(rmationen)?|Kontaktdaten)$/i;
/** Side sections with other people: "People also viewed" (guest [FIX-G]), "More profiles for you", "People you may know". */
export const SIDEBAR_PEOPLE = '.browsemap, [data-section*="browsemap"], [componentkey*="PYMK" i], [componentkey*="browsemap" i]';
/** Every element profile-top-card.ts's isNotOwnerArea may be true for. */
export const MAYBE_NOT_OWNER = `${MAYBE_OUTSIDE_CONTENT}, ${SIDEBAR_PEOPLE}, ${SECTION}`;
export const SIDEBAR_TITLES = /^(People also viewed|More profiles for you|People you may know|Weitere Profile für Sie|Andere Profile|Personen, die Sie vielleicht kennen|Das könnte Sie auch interessieren)$/i;

// ── Labels with names (aria-label) ──────────────────────────────────────────────────────────────────
// Each pattern has one capture group: the member's name. Straight and curly apostrophes [AAA 2026-02].
const APOS = `['’]`;
/** Top-card actions of the profile owner [FIX-L 2024-07, REG 2026]. Only read inside the top card. */
export const OWNER_ACTION_LABELS: readonly RegExp[] = [
  /^Invite\s+(.+?)\s+to connect$/i,
  /^(.+?)\s+einladen,?\s+sich zu vernetzen$/i,
  /^Einladen:?\s+(.+?)\s+zum Vernetzen$/i, // unverified
  new RegExp(`^Report or block\\s+(.+?)${APOS}s?\\s+profile$`, 'i'),
  /^Profil von\s+(.+?)\s+melden(?: oder blockieren)?$/i,
  new RegExp(`^Send\\s+(.+?)${APOS}s?\\s+profile via message$`, 'i'),
  /^Profil von\s+(.+?)\s+per Nachricht senden$/i,
  /^Remove your connection to\s+(.+)$/i,
  /^Kontakt (?:mit|zu)\s+(.+?)\s+entfernen$/i, // unverified
  /^Follow\s+(.+)$/i,
  /^(.+?)\s+folgen$/i,
];
/** "Current company: X. Click to skip to experience card" [FIX-L 2024-07]; German as in the fixtures. */
export const CURRENT_COMPANY_LABELS: readonly RegExp[] = [/^Current company:\s*(.+?)\.\s+Click\b/i, /^Aktuelles Unternehmen:\s*(.+?)\.\s+Klicken\b/i];
/** The elements that can carry such a label: each CURRENT_COMPANY_LABELS match holds one of these words. */
export const COMPANY_LABELLED = '[aria-label*="company" i], [aria-label*="Unternehmen" i]';

// ── Invitation manager (platform-notes §2) ──────────────────────────────────────────────────────────
/** Screen roots: received [LIH 2025-10], sent [CLI 2026-07]. */
export const INVITATION_SCREEN = '[data-sdui-screen*="Invitation" i], [componentkey^="InvitationManager" i]';
export const INVITATION_TAB_LINK = 'a[href*="/mynetwork/invitation-manager"]';
export const INVITATION_TITLES = /^(Manage invitations|Einladungen verwalten|Invitations|Einladungen)$/i;
export const INVITATION_EMPTY = /^(No pending invitations|You have no pending invitations|No invitations|Keine (ausstehenden |offenen )?Einladungen|Sie haben keine (ausstehenden |offenen )?Einladungen)\b/i;
/** Cards, best first: [LIH 2025-10, REG 2026], role-based (public userscripts 2025/26). */
export const INVITATION_CARDS = ['[data-view-name="pending-invitation"]', '[role="listitem"][componentkey*="invitation" i]'] as const;
export const LIST_ITEMS = 'li, [role="listitem"]';
export const LEGACY_INVITATION = {
  card: 'li.invitation-card, .invitation-card__container',
  title: '.invitation-card__title',
  subtitle: '.invitation-card__subtitle',
  note: '.invitation-card__custom-message',
} as const;
/** Note text of a card (2026 "expandable-text-box"; data-testid survives class churn). */
export const NOTE_BOX = '[data-testid="expandable-text-box"]';
/** Controls inside a card; their aria-labels name the person, their texts name the action. */
export const CONTROLS = 'button, [role="button"], a[aria-label]';
export const ACTION_ATTR = '[data-view-name="invitation-action"]';

export const ACCEPT_LABELS: readonly RegExp[] = [
  new RegExp(`^Accept\\s+(.+?)${APOS}s?\\s+invitation(?:\\s+to connect)?$`, 'i'), // [AAA 2026-02]
  /^Einladung von\s+(.+?)\s+(?:zum Vernetzen\s+)?annehmen$/i,
];
export const IGNORE_LABELS: readonly RegExp[] = [
  /^Ignore an invitation to connect from\s+(.+)$/i,
  new RegExp(`^Ignore\\s+(.+?)${APOS}s?\\s+invitation(?:\\s+to connect)?$`, 'i'),
  /^Einladung von\s+(.+?)\s+(?:zum Vernetzen\s+)?ignorieren$/i,
];
export const WITHDRAW_LABELS: readonly RegExp[] = [
  /^Withdraw invitation sent to\s+(.+)$/i, // [CLI 2026-07], Krishna-mishra-26
  new RegExp(`^Withdraw\\s+(.+?)${APOS}s?\\s+invitation$`, 'i'),
  /^Einladung an\s+(.+?)\s+zurückziehen$/i,
];
export const DECLINE_LABELS: readonly RegExp[] = [/^Decline\s+(?:an invitation from\s+)?(.+)$/i, /^Einladung von\s+(.+?)\s+ablehnen$/i];
export const REPLY_LABELS: readonly RegExp[] = [/^Reply to\s+(.+)$/i, /^(.+?)\s+antworten$/i];
/** Visible button texts by action (used when no aria-label matches). "Reply" is not an action of the card. */
export const ACTION_TEXTS: Readonly<Record<'accept' | 'ignore' | 'withdraw' | 'decline' | 'report' | 'message', RegExp>> = {
  accept: /^(Accept|Annehmen|Akzeptieren)$/i,
  ignore: /^(Ignore|Ignorieren)$/i,
  withdraw: /^(Withdraw|Zurückziehen)$/i,
  decline: /^(Decline|Ablehnen)$/i,
  report: /^(Report( as spam)?|Melden|Als Spam melden)$/i,
  message: /^(Message|Nachricht)$/i,
};
/** "…more" expanders; never part of a note. */
export const MORE_TEXT = /^(…|\.\.\.)?\s*(see more|more|mehr|mehr anzeigen|weiterlesen|show more)$/i;

// ── Times, counts, degrees ──────────────────────────────────────────────────────────────────────────
/** Visible relative times of cards: "Yesterday", "3 days ago", "Sent today", "Heute gesendet", "vor 1 Woche" [OLD .time-badge]. */
export const CARD_TIME = [
  /^(today|yesterday|heute|gestern|vorgestern|just now|gerade eben)$/i,
  /^(sent|gesendet)\s+(today|yesterday|heute|gestern|vor\s+\S+\s+\S+|\S+\s+\S+\s+ago|on\s+.{3,20}|am\s+.{3,20})$/i,
  /^(heute|gestern|vorgestern|vor\s+\S+\s+\S+)\s+gesendet$/i,
  /^vor\s+(\d+|eine[mnr]?|ein)\s+[a-zäöü.]+$/i,
  /^(\d+|an?|one)\s+[a-z]+\s+ago$/i,
  /^\d+\s*(m|h|d|w|mo|y|yr)$/i,
] as const;
/** "500+ connections", "312 connections", "87 Kontakte" [FIX-L, FIX-G, REG 2026]. */
export const CONTACTS_TEXT = /^(\d[\d.,\u00A0\u202F]*\+?)\s+(connections?|Kontakte?)$/i;
/** Degree badges: "· 2nd", "2nd degree connection", "· 2.", "Kontakt 2. Grades" [FIX-L 2024-07]. Each needs DEGREE_HINT. */
export const DEGREE_TEXT: readonly RegExp[] = [
  /^(?:·\s*)?([123])(?:st|nd|rd)\+?$/i,
  /^(?:·\s*)?([123])\.\+?$/,
  /^([123])(?:st|nd|rd)\+?\s+degree(?: connection)?$/i,
  /^(?:Kontakt\s+)?([123])\.\s*Grades?(?:\s+oder höher)?$/i,
];
/** What every DEGREE_TEXT match contains: one pattern tried first on every text of the top card. */
export const DEGREE_HINT = /[123]/;
/** Voyager/SDUI distance values [old Voyager ProfileNetworkInfo 2021, fixtures]. */
export const DISTANCE_VALUE = /^DISTANCE_([123])$/;
/** Mutual-connection lines, EN and DE [FIX-L 2024-07, REG 2026]: each gives names (group 1) and/or a number. Each needs MUTUAL_HINT. */
export const MUTUAL_LINES: readonly { re: RegExp; kind: 'names+others' | 'one' | 'two' | 'count' }[] = [
  { re: /^(.+?)\s+and\s+(\d[\d.,]*)\s+others?\s+mutual connections?$/i, kind: 'names+others' },
  { re: /^(.+?)\s+und\s+(\d[\d.,]*)\s+weitere[rn]?\s+gemeinsame[rn]?\s+Kontakte?$/i, kind: 'names+others' },
  { re: /^(.+?)\s+is a mutual connection$/i, kind: 'one' },
  { re: /^(.+?)\s+ist ein gemeinsamer Kontakt$/i, kind: 'one' },
  { re: /^(.+?)\s+and\s+(.+?)\s+are mutual connections$/i, kind: 'two' },
  { re: /^(.+?)\s+und\s+(.+?)\s+sind gemeinsame Kontakte$/i, kind: 'two' },
  { re: /^(\d[\d.,]*)\s+mutual connections?$/i, kind: 'count' },
  { re: /^(\d[\d.,]*)\s+gemeinsame[rn]?\s+Kontakte?$/i, kind: 'count' },
];
/** What every MUTUAL_LINES match contains: one pattern tried first, so that other texts never compile the eight. */
export const MUTUAL_HINT = /mutual|gemeinsame/i;
/** Follower lines of the top card ("564 followers", "1.234 Follower") [FIX-L, FIX-G]. */
export const FOLLOWERS_TEXT = /^\d[\d.,\u00A0\u202F]*\+?\s+(followers?|Follower(innen)?)$/i;
/** Visual separators between top-card items. */
export const SEPARATOR_TEXT = /^[·•|,]$/;
/** Pronoun and badge texts next to or inside a name heading (left out of the name; skipped when looking for the headline). */
export const NAME_DECORATION =
  /^(\(?(he\/him|she\/her|they\/them|he\/they|she\/they|er\/ihm|sie\/ihr|sie\/ihnen|they\/them\/theirs)\)?|·|•|\||verified|verifiziert|premium|top voice|creator|open to work|#opentowork|offen für (neue )?(jobs|stellen|angebote)|hiring|#hiring|stellt ein|(\d+)(st|nd|rd)\+?|[123]\.)$/i;
/**
 * aria-labels and titles that describe a badge, a state or an action, not a person: never a name hint, never a name
 * ("Amelia has verifications" on the 2024 about-this-profile link [issue 15 report], "Premium", "Open to work",
 * "View … profile", "Einladung von … annehmen"). German forms follow LinkedIn's wording where seen, else unverified.
 */
export const NOT_NAME_LABEL =
  /\b(has verifications?|hat Verifizierungen|verifi(ed|cation|ziert|zierung(en)?)|premium|open to work|#?opentowork|offen für|hiring|stellt ein|top voice|about this profile|Info zu diesem Profil|contact info|Kontaktinfo|profile (photo|picture)|Profilbild|Titelbild|background)\b|^(View|Open|Show|Visit|See|Einladung|Accept|Ignore|Withdraw|Message|Follow|Connect|Invite|Report|More)\b|\b(anzeigen|annehmen|ignorieren|zurückziehen|folgen|vernetzen|melden)$/i;

// ── The viewer's own profile (issue 15: never a contact) ────────────────────────────────────────────
/** Edit links that only the profile's owner sees: intro, sections, the `/in/me/` shortcuts (2024 Ember, 2026 SDUI; fixtures). */
export const OWN_PROFILE_LINKS = 'a[href*="/edit/intro"], a[href*="/edit/forms/"], a[href*="/add-edit/"], a[href*="/in/me/"]';
/** Labels and texts of the owner's controls: "Edit profile", "Add section", "Profil bearbeiten", "Abschnitt hinzufügen". */
export const OWN_PROFILE_CONTROL =
  /^(Edit (intro|profile|your profile)|Profil bearbeiten|Intro bearbeiten|Add (profile )?section|(Profil)?abschnitt hinzufügen|Enhance profile|Profil optimieren|Add custom button|Open to|Offen für)$/i;
/**
 * A word (ASCII, no "k", which NFC can make from U+212A) that every text OWN_PROFILE_CONTROL matches holds: a
 * control whose raw text has none of them, and no invisible character that cleaning would remove from inside a
 * word, cannot match, so its text need not be walked (the walk was a profile read's largest part in a new tab).
 */
export const OWN_PROFILE_WORD = /edit|bearbeiten|abschnitt|add|enhance|optimieren|open|offen/i;
/** The `/voyager/api/me` island's type: its mini profile is the viewer [FIX-L 2024-07]. */
export const ME_TYPE = 'com.linkedin.voyager.common.Me';

// ── Messaging (platform-notes §4) ───────────────────────────────────────────────────────────────────
/** Thread message list: 2026 `data-view-name` (fixture guess, unverified), legacy `.msg-s-message-list-content` [HatmanStack, undated]. */
export const MESSAGE_LIST = ['[data-view-name="message-list"]'] as const;
export const LEGACY_MESSAGE_LIST = ['.msg-s-message-list-content', '.msg-s-message-list'] as const;
/** aria-label of the open thread ("Conversation with X" / "Unterhaltung mit X"). */
export const THREAD_LABEL = /^(Conversation with|Unterhaltung mit)\s+.+$/i;
export const MESSAGE_ITEM = '[data-view-name="message"]';
export const LEGACY_MESSAGE_ITEM = '.msg-s-message-list__event';
export const MESSAGE_BODY = '[data-view-name="message-body"]';
export const LEGACY_MESSAGE_BODY = '.msg-s-event-listitem__body';
export const MESSAGE_SENDER = '[data-view-name="message-sender"]';
export const LEGACY_MESSAGE_SENDER = '.msg-s-message-group__name';
export const DAY_SEPARATOR = '[role="separator"], .msg-s-message-list__time-heading-container';
/** Conversation list (no open thread): 2026 `conversation-list-item`, thread links, legacy classes. */
export const CONVERSATION_LIST = '[data-view-name="conversation-list-item"], a[href*="/messaging/thread/"], .msg-conversation-listitem';
export const VIEW_PROFILE_LABELS: readonly RegExp[] = [
  new RegExp(`^View\\s+(.+?)${APOS}s?\\s+profile$`, 'i'),
  /^Profil von\s+(.+?)\s+anzeigen$/i,
];
/** Screen-reader line of a message group: "X sent the following messages at 4:18 PM" / "X hat die folgenden Nachrichten um 09:12 gesendet". */
export const SENT_HEADING: readonly RegExp[] = [
  /^(.+?)\s+sent the following messages?\s+at\s+(.+)$/i,
  /^(.+?)\s+hat die folgenden?\s+Nachrichten?\s+um\s+(.+?)\s+gesendet$/i,
];
/** Weekday day-separators of a thread ("Montag", "Monday"); index = JS getUTCDay(). */
export const WEEKDAYS: readonly RegExp[] = [
  /^(sunday|sonntag|sun|so)\.?$/i,
  /^(monday|montag|mon|mo)\.?$/i,
  /^(tuesday|dienstag|tue|di)\.?$/i,
  /^(wednesday|mittwoch|wed|mi)\.?$/i,
  /^(thursday|donnerstag|thu|do)\.?$/i,
  /^(friday|freitag|fri|fr)\.?$/i,
  /^(saturday|samstag|sat|sa)\.?$/i,
];
/** A bare clock: "09:12", "4:18 PM". */
export const CLOCK = /^(\d{1,2}):(\d{2})\s*(am|pm)?$/i;
