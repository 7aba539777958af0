import { z } from 'zod';
import { EpochMs, Id, LongText, Platform, ProfileKey } from '../model/base';
import { Person } from '../model/people';
import { VerdictKind } from '../model/relationships';
import type { MessageSpec } from './protocol';
import { Score } from './score-schema';

/**
 * One pending request as the popup's first view shows it, and nothing more: `requests/pending` sends whole request
 * and person records (their histories, notes up to 20,000 characters, tags), about 215 kB for 200 requests, kept in
 * storage.session, checked and cloned on every open of the popup.
 */
export const PopupRequest = z.object({
  id: Id,
  platform: Platform,
  key: ProfileKey,
  name: Person.shape.displayName,
  headline: Person.shape.headline,
  /** The request's own note in full (the composer answers it). */
  note: LongText,
  /** When the request was made, as well as the journal knows (requestTime). */
  at: EpochMs,
  verdict: VerdictKind.optional(),
  score: Score.optional(),
  /** The sender is on the blocklist (on this site, or on their other one where the journal links the two). */
  blocked: z.object({ reason: z.string(), at: EpochMs }).optional(),
});
export type PopupRequest = z.infer<typeof PopupRequest>;

export const POPUP_PROTOCOL = {
  /** The popup's Requests tab: the newest `limit` pending received requests, slim (see PopupRequest). */
  'requests/popup': {
    // `unscored`: the same list before the scorer's history is ready (the kept answer if there is one), see popupListUnscored.
    request: z.object({ limit: z.number().int().min(1).max(1000).optional(), unscored: z.boolean().optional() }),
    response: z.object({ total: z.number().int().nonnegative(), items: z.array(PopupRequest) }),
    senders: ['page'],
  },
} as const satisfies Record<string, MessageSpec>;
