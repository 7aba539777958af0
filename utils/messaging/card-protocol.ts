import { z } from 'zod';
import { EpochMs, Platform, ProfileKey, ShortText } from '../model/base';
import { PersonSummary } from '../model/person-views';
import type { MessageSpec } from './protocol';

// The recognition card on profile pages (issue 18). A profile reader asks whether the person on its page is
// known; only then the background loads the card's code into the tab, and the card reads what to show. Both
// name the profile key of the sender's own page (the background checks it against the tab's address).

/** The most of the person's own notes a card shows (the person page has them whole). */
export const CARD_NOTES_MAX = 280;

/** What the card on a profile shows of a person in the journal: texts are the user's or the site's, shown as text. */
export const ProfileCardData = z.object({
  personId: z.string().min(1).max(100).optional(),
  name: ShortText,
  summary: PersonSummary,
  /** The person's own notes, and what the last meeting's note says (both cut to CARD_NOTES_MAX). */
  notes: z.string().max(CARD_NOTES_MAX + 1),
  metNotes: z.string().max(CARD_NOTES_MAX + 1).optional(),
  tags: z.array(ShortText).max(100),
  /** The sites the person is linked on (one card for a person known on XING and LinkedIn). */
  sites: z.array(Platform).max(2),
  block: z.object({ reason: ShortText, at: EpochMs }).optional(),
});
export type ProfileCardData = z.infer<typeof ProfileCardData>;

const OwnProfile = z.object({ platform: Platform, key: ProfileKey });

/** One line of the card: its words, and how much it asks for attention (also said in words, never colour alone). */
export const CardLine = z.object({ id: z.string().max(100), text: z.string().max(2000), tone: z.enum(['lead', 'plain', 'warn', 'danger']) });

/** The card as it shows, every text in the UI language (components/inpage/profile-card-view.ts makes it). */
export const CardView = z.object({
  /** The region's accessible name. */
  label: z.string().max(1000),
  title: z.string().max(1000),
  lines: z.array(CardLine).max(20),
  /** What the last meeting's note says, then the person's own notes. */
  notes: z.array(z.string().max(CARD_NOTES_MAX + 1)).max(2),
  tags: z.string().max(60_000).optional(),
  /** False for a profile that is only on the blocklist (no person page to open). */
  canOpen: z.boolean(),
});
export type CardView = z.infer<typeof CardView>;
export type CardLine = z.infer<typeof CardLine>;

/** The words of the card's own controls, by message key; `$1` stands for a substitution. */
export const CARD_WORDS = ['card_dismiss', 'journal_logMeeting', 'journal_openPersonPage', 'card_opened', 'card_openFailed'] as const;

/**
 * The card of the profile a tab shows, worded in the background (dates, plurals and words in the UI language):
 * the page's card script then needs no Intl formatters, message lookups or page detectors of its own.
 */
export const CardShown = z.object({
  key: ProfileKey,
  lang: z.enum(['de', 'en']),
  view: CardView,
  words: z.object(Object.fromEntries(CARD_WORDS.map((k) => [k, z.string().max(500)])) as Record<(typeof CARD_WORDS)[number], z.ZodString>),
});
export type CardShown = z.infer<typeof CardShown>;

export const CARD_PROTOCOL = {
  /**
   * A profile reader's tab shows this profile: when the journal knows the person (a meeting, notes or tags, a
   * verdict, a block, an open reminder) and in-page results are on, the background loads the card into the tab.
   */
  'inpage/profile-opened': {
    request: OwnProfile,
    response: z.object({ card: z.boolean() }),
    senders: ['content'],
  },
  /**
   * The card asks what to show for the page its tab shows (its own address): null for a page that is no profile
   * of this site or a person the journal has nothing worth a card about.
   */
  'inpage/person': {
    request: z.object({ platform: Platform, url: z.string().url().max(2000) }),
    response: z.object({ show: z.boolean(), card: CardShown.nullable() }),
    senders: ['content'],
  },
  /** The card's buttons: the person's page in the dashboard, opened at the meeting form for "Log meeting". */
  'inpage/open-person': {
    request: OwnProfile.extend({ to: z.enum(['person', 'meeting']) }),
    response: z.object({}),
    senders: ['content'],
  },
} as const satisfies Record<string, MessageSpec>;
