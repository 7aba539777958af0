import { z } from 'zod';
import { EpochMs, Id, LongText, Platform, ProfileKey, TimeRange } from './base';

/**
 * `gone`: a sent request that left the user's sent list without the user acting in Handschlag. The recipient
 * answered it, or the user withdrew it on another device; the site does not say which, so the UI says only "no
 * longer open" (journal version 5; it was recorded as `withdrawn` before). A received request that left the list
 * stays `withdrawn` (its sender's act, a collector signal) until the person shows up as a contact: then it was
 * accepted elsewhere and is relabelled (journal/accepted-elsewhere.ts).
 */
export const RequestState = z.enum(['pending', 'accepted', 'declined', 'ignored', 'withdrawn', 'gone', 'reported', 'blocked']);
export type RequestState = z.infer<typeof RequestState>;

export const RequestRecord = z.object({
  v: z.literal(1),
  id: Id,
  platform: Platform,
  direction: z.enum(['received', 'sent']),
  personId: Id,
  key: ProfileKey,
  note: LongText,
  firstSeenAt: EpochMs,
  lastSeenAt: EpochMs,
  sentAt: TimeRange.optional(),
  state: RequestState,
  history: z
    .array(
      z.object({
        state: RequestState,
        at: TimeRange,
        by: z.enum(['observed', 'user', 'import']),
      }),
    )
    .min(1),
});
export type RequestRecord = z.infer<typeof RequestRecord>;
