import { z } from 'zod';
import { BLOCKLIST_PROBLEMS } from '../blocklist/problems';
import { Platform, PlatformKeyId, ProfileKey, ShortText } from '../model/base';
import { BlockEntry } from '../model/relationships';

// The dashboard's blocklist: extension pages only (a content script reads a person's block with its badges, and
// never lists, removes or imports). Kept apart from protocol.ts, which spreads it in.

const count = z.number().int().nonnegative();
/** A refused file (no row) or row, as a code the dashboard words (utils/blocklist/problems.ts). */
const BlocklistError = z.object({
  row: z.number().int().positive().optional(),
  problem: z.enum(BLOCKLIST_PROBLEMS),
  detail: z.array(z.string().max(300)).max(4),
});

export const BLOCKLIST_PROTOCOL = {
  /** Every entry, and the journal's name of each person it knows (by entry id), for entries that name nobody. */
  'blocklist/list': {
    request: z.object({}),
    response: z.object({ items: z.array(BlockEntry), names: z.array(z.object({ id: PlatformKeyId, name: ShortText })) }),
    senders: ['page'],
  },
  'blocklist/remove': {
    request: z.object({ platform: Platform, key: ProfileKey }),
    response: z.object({ removed: z.boolean() }),
    senders: ['page'],
  },
  /**
   * A shared blocklist file (JSON or CSV): every row checked; on any refused row nothing is added and each is
   * listed. `unchanged`: people already on the list (their entry is kept as it is); `repeated`: rows that repeat
   * an earlier row of the file.
   */
  'blocklist/import': {
    request: z.object({ text: z.string().max(5_000_000) }),
    response: z.object({ added: count, unchanged: count, repeated: count, errors: z.array(BlocklistError) }),
    senders: ['page'],
  },
} as const;
