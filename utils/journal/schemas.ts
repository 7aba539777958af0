import { z } from 'zod';

// Zod must never compile validators with `new Function`: extension pages and workers forbid eval by CSP
// (it throws there) and web-ext lint flags it. Set here, where every schema starts.
z.config({ jitless: true });

// Every persisted record carries `v`, the version of its own shape. The database version (migrations/)
// moves whole stores; `v` lets a reader tell an old record from a corrupt one.
export const RECORD_VERSION = 1 as const;

const id = z.string().min(1).max(100);
const time = z.number().int().nonnegative(); // epoch milliseconds
const shortText = z.string().max(500);
const longText = z.string().max(20_000);

export const Platform = z.enum(['xing', 'linkedin']);
export type Platform = z.infer<typeof Platform>;

/** Stable per-site profile key: XING page name or decoded LinkedIn `/in/` slug. */
export const ProfileKey = z.string().min(1).max(200);

/** A contact count as the page shows it: "999+" is `{count: 999, atLeast: true}`. */
export const ContactCount = z.object({ count: z.number().int().nonnegative(), atLeast: z.boolean() });
export type ContactCount = z.infer<typeof ContactCount>;

export const PersonRef = z.object({ key: ProfileKey, name: shortText });
export type PersonRef = z.infer<typeof PersonRef>;

export const Person = z.object({
  v: z.literal(1),
  id,
  displayName: shortText.min(1),
  headline: shortText.optional(),
  company: shortText.optional(),
  location: shortText.optional(),
  tags: z.array(shortText).max(100),
  notes: longText,
  createdAt: time,
  updatedAt: time,
});
export type Person = z.infer<typeof Person>;

export const Identity = z.object({
  v: z.literal(1),
  id, // `${platform}:${key}`, so the platform+key lookup is a primary-key get
  platform: Platform,
  key: ProfileKey,
  personId: id,
  url: z.string().url().max(2000),
  firstSeenAt: time,
  lastSeenAt: time,
});
export type Identity = z.infer<typeof Identity>;

/** What a profile page showed at one moment. Only the fields the page showed are present. */
export const ProfileFacts = z.object({
  name: shortText.min(1),
  headline: shortText.optional(),
  company: shortText.optional(),
  location: shortText.optional(),
  contacts: ContactCount.optional(),
  memberSince: z.string().max(20).optional(),
  wants: z.array(shortText).max(100).optional(),
  haves: z.array(shortText).max(100).optional(),
  mutual: z.array(PersonRef).max(200).optional(),
  mutualCount: z.number().int().nonnegative().optional(),
  groups: z.array(shortText).max(200).optional(),
  degree: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});
export type ProfileFacts = z.infer<typeof ProfileFacts>;

export const Snapshot = z.object({
  v: z.literal(1),
  id,
  personId: id,
  platform: Platform,
  key: ProfileKey,
  observedAt: time,
  url: z.string().url().max(2000),
  facts: ProfileFacts,
});
export type Snapshot = z.infer<typeof Snapshot>;

export const RequestState = z.enum(['pending', 'accepted', 'declined', 'ignored', 'withdrawn', 'reported', 'blocked']);
export type RequestState = z.infer<typeof RequestState>;

/** A time known only as a window, e.g. "3 days ago" or "withdrawn between two visits". */
export const TimeRange = z.object({ from: time, to: time });
export type TimeRange = z.infer<typeof TimeRange>;

export const RequestRecord = z.object({
  v: z.literal(1),
  id,
  platform: Platform,
  direction: z.enum(['received', 'sent']),
  personId: id,
  key: ProfileKey,
  note: longText,
  firstSeenAt: time,
  lastSeenAt: time,
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
  id,
  personId: id,
  kind: InteractionKind,
  at: time,
  text: longText.optional(),
  eventId: id.optional(),
  place: shortText.optional(),
});
export type Interaction = z.infer<typeof Interaction>;

export const JournalEvent = z.object({
  v: z.literal(1),
  id,
  name: shortText.min(1),
  date: time.optional(),
  place: shortText.optional(),
});
export type JournalEvent = z.infer<typeof JournalEvent>;

export const VerdictKind = z.enum(['genuine', 'collector', 'spam']);
export type VerdictKind = z.infer<typeof VerdictKind>;
export const Verdict = z.object({
  v: z.literal(1),
  id,
  personId: id,
  requestId: id.optional(),
  verdict: VerdictKind,
  at: time,
});
export type Verdict = z.infer<typeof Verdict>;

export const BlockEntry = z.object({
  v: z.literal(1),
  id, // `${platform}:${key}`
  platform: Platform,
  key: ProfileKey,
  reason: shortText,
  at: time,
});
export type BlockEntry = z.infer<typeof BlockEntry>;

/**
 * What the user tells about herself, so that a note naming it counts as written for her ("specific to you"):
 * stays in this browser like everything else. Lists are Wants/Haves and events she took part in.
 */
export const AboutMe = z.object({
  name: shortText.optional(),
  company: shortText.optional(),
  city: shortText.optional(),
  wants: z.array(shortText).max(50).optional(),
  haves: z.array(shortText).max(50).optional(),
  events: z.array(shortText).max(50).optional(),
});
export type AboutMe = z.infer<typeof AboutMe>;

export const Settings = z.object({
  autoCapture: z.boolean(),
  inPageBadges: z.boolean(),
  /** Scores below this are "likely genuine". */
  genuineBelow: z.number().int().min(0).max(100),
  /** Scores at or above this are "likely collector". */
  collectorFrom: z.number().int().min(0).max(100),
  /** XING: a request can reportedly not be withdrawn sooner than this (unverified, so a setting). */
  xingWithdrawMinDays: z.number().int().min(0).max(60),
  /** Added after v1 records were written: optional, so those stay valid as they are (no migration needed). */
  me: AboutMe.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  autoCapture: true,
  inPageBadges: true,
  genuineBelow: 35,
  collectorFrom: 65,
  xingWithdrawMinDays: 7,
};

export const SettingsRecord = z.object({ v: z.literal(1), key: z.literal('settings'), value: Settings });
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/** A record that failed validation on read: kept whole with the reason, never silently dropped. */
export const QuarantineRecord = z.object({
  id,
  store: z.string(),
  key: z.string(),
  record: z.unknown(),
  error: z.string().max(2000),
  at: time,
});
export type QuarantineRecord = z.infer<typeof QuarantineRecord>;

/** Parse health of one page type: how often reading it worked, and the last failure (shown in Diagnostics). */
export const DiagnosticRecord = z.object({
  v: z.literal(1),
  pageType: z.string().max(60),
  successes: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  lastFailure: z
    .object({ code: z.string().max(60), field: z.string().max(60).optional(), message: shortText, at: time })
    .optional(),
  lastAt: time,
});
export type DiagnosticRecord = z.infer<typeof DiagnosticRecord>;
