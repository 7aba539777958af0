import { z } from 'zod';
import { EpochMs, Id, PlatformKeyId, LongText, Platform, ProfileKey, ShortText } from './base';

/** A contact count as the page shows it: "999+" is `{count: 999, atLeast: true}`. */
export const ContactCount = z.object({ count: z.number().int().nonnegative(), atLeast: z.boolean() });
export type ContactCount = z.infer<typeof ContactCount>;

export const PersonRef = z.object({ key: ProfileKey, name: ShortText });
export type PersonRef = z.infer<typeof PersonRef>;

export const Person = z.object({
  v: z.literal(1),
  id: Id,
  displayName: ShortText.min(1),
  headline: ShortText.optional(),
  company: ShortText.optional(),
  location: ShortText.optional(),
  tags: z.array(ShortText).max(100),
  notes: LongText,
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Person = z.infer<typeof Person>;

export const Identity = z.object({
  v: z.literal(1),
  id: PlatformKeyId, // `${platform}:${key}`, so the platform+key lookup is a primary-key get
  platform: Platform,
  key: ProfileKey,
  personId: Id,
  url: z.string().url().max(2000),
  firstSeenAt: EpochMs,
  lastSeenAt: EpochMs,
});
export type Identity = z.infer<typeof Identity>;

/** What a profile page showed at one moment. Only the fields the page showed are present. */
export const ProfileFacts = z.object({
  name: ShortText.min(1),
  headline: ShortText.optional(),
  company: ShortText.optional(),
  location: ShortText.optional(),
  contacts: ContactCount.optional(),
  memberSince: z.string().max(20).optional(),
  wants: z.array(ShortText).max(100).optional(),
  haves: z.array(ShortText).max(100).optional(),
  mutual: z.array(PersonRef).max(200).optional(),
  mutualCount: z.number().int().nonnegative().optional(),
  groups: z.array(ShortText).max(200).optional(),
  degree: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});
export type ProfileFacts = z.infer<typeof ProfileFacts>;

export const Snapshot = z.object({
  v: z.literal(1),
  id: Id,
  personId: Id,
  platform: Platform,
  key: ProfileKey,
  observedAt: EpochMs,
  url: z.string().url().max(2000),
  facts: ProfileFacts,
});
export type Snapshot = z.infer<typeof Snapshot>;
