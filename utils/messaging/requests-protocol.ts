import { z } from 'zod';
import { EpochMs, Platform } from '../model/base';
import { Person } from '../model/people';
import { BlockEntry, VerdictKind } from '../model/relationships';
import { RequestRecord, RequestState } from '../model/requests';
import type { MessageSpec } from './protocol';
import { Score } from './score-schema';

// The dashboard's Requests view (issue 17): every request of both sites, received and sent, in every state,
// one page at a time with the counts its filters show. For extension pages only: it lists the whole journal.

export const RequestFilters = z.object({
  direction: z.enum(['all', 'received', 'sent']),
  platform: z.enum(['all', 'xing', 'linkedin']),
  /** `unscored`: requests the scorer has no view of (sent requests, and received ones not yet scored). */
  band: z.enum(['all', 'genuine', 'unclear', 'collector', 'unscored']),
  state: z.union([z.literal('all'), RequestState]),
  /** When the request was made (requestTime), inclusive. */
  from: EpochMs.optional(),
  to: EpochMs.optional(),
  /** A name, folded for search ("jorg" finds "Jörg"). */
  query: z.string().max(200).optional(),
  sort: z.enum(['newest', 'oldest', 'score']),
});
export type RequestFilters = z.infer<typeof RequestFilters>;

const Count = z.number().int().nonnegative();

export const RequestRow = z.object({
  request: RequestRecord,
  person: Person,
  /** When the request was made, as well as the journal knows (the end of its sent-time window, else first sight). */
  at: EpochMs,
  score: Score.optional(),
  verdict: VerdictKind.optional(),
  /**
   * The entry that blocks the sender: their own key's, else one of another identity of theirs (blockFor). Whole,
   * so "Remove from blocklist" removes that entry and its Undo puts it back as it was (with a team file's name).
   */
  blocked: BlockEntry.optional(),
});
export type RequestRow = z.infer<typeof RequestRow>;

export const REQUESTS_PROTOCOL = {
  'requests/query': {
    request: RequestFilters.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }),
    response: z.object({
      items: z.array(RequestRow),
      /** Requests that match every filter. */
      total: Count,
      /** Requests in the journal at all (an empty journal is told apart from filters that match nothing). */
      all: Count,
      /** Per state, site and band: requests that match every other filter (what choosing that value would show). */
      states: z.record(RequestState, Count),
      /**
       * Only when every such request is scored already: scores are computed when a band filter or the score order
       * needs them (and kept until the journal changes), never all of them for a page shown newest first.
       */
      bands: z.object({ genuine: Count, unclear: Count, collector: Count, unscored: Count }).optional(),
      platforms: z.record(Platform, Count),
    }),
    senders: ['page'],
  },
} as const satisfies Record<string, MessageSpec>;
