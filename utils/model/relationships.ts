import { z } from 'zod';
import { EpochMs, Id, PlatformKeyId, LongText, Platform, ProfileKey, ShortText } from './base';

/** What happened between the user and a person. */
export const InteractionKind = z.enum([
  'met',
  'message-sent',
  'message-received',
  'helped-them',
  'helped-me',
  'introduced',
  'follow-up-done',
]);
export const Interaction = z.object({
  v: z.literal(1),
  id: Id,
  personId: Id,
  kind: InteractionKind,
  at: EpochMs,
  text: LongText.optional(),
  eventId: Id.optional(),
  place: ShortText.optional(),
});
export type Interaction = z.infer<typeof Interaction>;

/** A named occasion ("AUFSCHWUNG-Messe 2026") for autocomplete and grouping. */
export const JournalEvent = z.object({
  v: z.literal(1),
  id: Id,
  name: ShortText.min(1),
  date: EpochMs.optional(),
  place: ShortText.optional(),
});
export type JournalEvent = z.infer<typeof JournalEvent>;

/** The user's own judgement of a person or request; it teaches the scorer. */
export const VerdictKind = z.enum(['genuine', 'collector', 'spam']);
export type VerdictKind = z.infer<typeof VerdictKind>;
export const Verdict = z.object({
  v: z.literal(1),
  id: Id,
  personId: Id,
  requestId: Id.optional(),
  verdict: VerdictKind,
  at: EpochMs,
});
export type Verdict = z.infer<typeof Verdict>;

export const BlockEntry = z.object({
  v: z.literal(1),
  id: PlatformKeyId, // `${platform}:${key}`
  platform: Platform,
  key: ProfileKey,
  // Who the entry is, as a shared file names them (optional: entries written before it have none, and "Block
  // spammer" leaves it to the journal's own name of the person).
  name: ShortText.optional(),
  reason: ShortText,
  at: EpochMs,
});
export type BlockEntry = z.infer<typeof BlockEntry>;
