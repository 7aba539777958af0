import { z } from 'zod';
import { Platform, ProfileKey, ShortText } from '../model/base';
import { DRAFT_MAX } from './limits';
import type { MessageSpec } from './protocol';

// The draft hint beside the sites' own message and note boxes (issue 20, item 3). A reader tells the background
// that the user is in such a box; only then the background loads the hint's code into the tab. The hint sends
// what the user typed (bounded) and shows the answer. The text model runs in the background only.


/** A finding as the UI shows it: a locale key and its values. */
const Finding = z.object({ id: z.string().max(60), key: z.string().max(80), subs: z.array(z.string().max(600)).max(5) });

export const DraftLint = z.object({
  templateLike: z.boolean(),
  findings: z.array(Finding).max(30),
  /** Locale keys of what a personal note still needs. */
  missing: z.array(z.string().max(80)).max(5),
});
export type DraftLint = z.infer<typeof DraftLint>;

export const DRAFT_PROTOCOL = {
  /** The user put the focus into a message or note box of the sender's page: load the hint (when in-page results and automatic reading are on). */
  'inpage/draft-box': {
    request: z.object({ platform: Platform }),
    response: z.object({ hint: z.boolean() }),
    senders: ['content'],
  },
  /**
   * The hint asks what the linter says about the draft in a box. `key`: the person the box's conversation links to
   * (read from the page, so only a hint: it picks whose Wants and meetings count as a personal reference).
   */
  'inpage/draft-lint': {
    request: z.object({
      platform: Platform,
      kind: z.enum(['message', 'note']),
      text: z.string().max(DRAFT_MAX),
      key: ProfileKey.optional(),
      name: ShortText.optional(),
      lang: z.enum(['de', 'en']),
    }),
    response: z.object({
      show: z.boolean(),
      lint: DraftLint.nullable(),
      /** A personal suggestion from the composer, when the journal knows enough (a meeting) and the draft needs one. */
      suggestion: z.string().max(10_000).optional(),
    }),
    senders: ['content'],
  },
  /** The hint's "Open composer": the toolbar popup, where the composer is (browsers may refuse without a click on the icon). */
  'inpage/open-composer': {
    request: z.object({ platform: Platform }),
    response: z.object({ opened: z.boolean() }),
    senders: ['content'],
  },
} as const satisfies Record<string, MessageSpec>;
