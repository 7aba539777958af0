import { z } from 'zod';
import { EpochMs, Id, ShortText } from './base';
import { Identity, Person, Snapshot } from './people';
import { Interaction, InteractionKind, JournalEvent, Verdict, VerdictKind } from './relationships';
import { Reminder, ReminderKind } from './reminders';
import { RequestRecord } from './requests';

/** What recognises a person on their profile: where and when you met, the last contact, what is open. */
export const PersonSummary = z.object({
  lastMet: z.object({ at: EpochMs, eventName: ShortText.optional(), place: ShortText.optional() }).optional(),
  lastInteraction: z.object({ kind: InteractionKind, at: EpochMs }).optional(),
  openReminders: z.array(z.object({ id: Id, kind: ReminderKind, dueAt: EpochMs })),
  verdict: VerdictKind.optional(),
  blocked: z.boolean(),
  meetings: z.number().int().nonnegative(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** Everything recorded about one person, for the dashboard's person page and its timeline. */
export const PersonRecords = z.object({
  person: Person,
  identities: z.array(Identity),
  snapshots: z.array(Snapshot),
  requests: z.array(RequestRecord),
  interactions: z.array(Interaction),
  events: z.array(JournalEvent),
  verdicts: z.array(Verdict),
  reminders: z.array(Reminder),
  summary: PersonSummary,
});
export type PersonRecords = z.infer<typeof PersonRecords>;

/** One event with the people met there (the dashboard's Events view): one row per person, `at` their first meeting. */
export const EventView = z.object({
  event: JournalEvent,
  met: z.array(z.object({ personId: Id, name: ShortText, at: EpochMs, dates: z.array(EpochMs).min(1) })),
});
export type EventView = z.infer<typeof EventView>;

/** The stores whose records name a person by `personId`. */
export const PERSON_STORES = ['identities', 'snapshots', 'requests', 'interactions', 'verdicts', 'reminders'] as const;

/**
 * What undoing a merge needs: both people as they were, which records moved, the merged person as the merge wrote it
 * (`keptAt`: an undo after a later change of that person would lose the change, so it is refused), and both
 * people's keep-in-touch reminders as they were (a person has one at most: the merge joins them).
 */
export const MergeUndo = z.object({
  keep: Person,
  merged: Person,
  moved: z.array(z.object({ store: z.enum(PERSON_STORES), id: Id })).max(200_000),
  keptAt: EpochMs,
  cadences: z.object({ keep: Reminder.optional(), merged: Reminder.optional() }),
});
export type MergeUndo = z.infer<typeof MergeUndo>;
