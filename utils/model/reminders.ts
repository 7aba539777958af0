import { z } from 'zod';
import { EpochMs, Id, ShortText } from './base';

/**
 * A reminder to get in touch with one person. `follow-up` is made when a meeting is logged and is dropped
 * when a request or message with that person is recorded before it is due; `keep-in-touch` repeats every
 * `everyDays` after the last interaction (a cadence per person or per tag).
 */
export const ReminderKind = z.enum(['follow-up', 'keep-in-touch']);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const ReminderState = z.enum(['open', 'done', 'cancelled']);
export type ReminderState = z.infer<typeof ReminderState>;

export const Reminder = z.object({
  v: z.literal(1),
  id: Id,
  personId: Id,
  kind: ReminderKind,
  state: ReminderState,
  /** When it becomes due; a snooze moves it. */
  dueAt: EpochMs,
  createdAt: EpochMs,
  /** The interaction that caused it (the logged meeting), for the suppression check and the timeline. */
  sinceInteractionId: Id.optional(),
  /** The time after which any request or message with the person makes a follow-up unnecessary. */
  since: EpochMs.optional(),
  /** Keep-in-touch cadence in days. */
  everyDays: z.number().int().min(1).max(3650).optional(),
  /** Where a cadence came from: a tag of the person, or the person itself. */
  tag: ShortText.optional(),
  /** Set when the notification for the current `dueAt` was shown: a reminder is announced once per due time. */
  notifiedAt: EpochMs.optional(),
  closedAt: EpochMs.optional(),
});
export type Reminder = z.infer<typeof Reminder>;

/** What the Due tab shows for one reminder. */
export const DueItem = z.object({
  reminder: Reminder,
  name: ShortText,
  /** "met at …" context for a follow-up. */
  eventName: ShortText.optional(),
  metAt: EpochMs.optional(),
});
export type DueItem = z.infer<typeof DueItem>;
