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
  /** The card reads what the journal knows about the person on its page (null: nothing worth a card). */
  'inpage/person': {
    request: OwnProfile,
    response: z.object({ show: z.boolean(), card: ProfileCardData.nullable() }),
    senders: ['content'],
  },
  /** The card's buttons: the person's page in the dashboard, opened at the meeting form for "Log meeting". */
  'inpage/open-person': {
    request: OwnProfile.extend({ to: z.enum(['person', 'meeting']) }),
    response: z.object({}),
    senders: ['content'],
  },
} as const satisfies Record<string, MessageSpec>;
