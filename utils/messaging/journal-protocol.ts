import { z } from 'zod';
import { EpochMs, Id, LongText, ShortText } from '../model/base';
import { Person } from '../model/people';
import { EventView, MergeUndo, PersonRecords } from '../model/person-views';
import { DueItem, Reminder } from '../model/reminders';
import type { MessageSpec } from './protocol';

// The networker's journal (issue 18): meetings, notes and tags, reminders, the person page, merge and delete.
// All of it is for extension pages only; the in-page card will read through its own content-script message.

const Tags = z.array(ShortText).max(100);

export const journalProtocol = {
  'meeting/log': {
    request: z.object({
      personId: Id,
      eventName: ShortText.optional(),
      at: EpochMs,
      place: ShortText.optional(),
      notes: LongText.optional(),
      tags: Tags.optional(),
      helpedThem: z.boolean().optional(),
      helpedMe: z.boolean().optional(),
    }),
    response: z.object({ interactionId: Id, eventId: Id.optional(), reminderId: Id.optional(), followUpAt: EpochMs.optional() }),
    senders: ['page'],
  },
  'person/create': {
    request: z.object({ displayName: ShortText.min(1), headline: ShortText.optional(), company: ShortText.optional(), location: ShortText.optional() }),
    response: z.object({ personId: Id }),
    senders: ['page'],
  },
  'person/update': {
    request: z.object({
      personId: Id,
      patch: z.object({
        displayName: ShortText.min(1).optional(),
        // null removes the field (the user emptied it: a typo, a company left); absent leaves it as it is.
        headline: ShortText.nullable().optional(),
        company: ShortText.nullable().optional(),
        location: ShortText.nullable().optional(),
        notes: LongText.optional(),
        tags: Tags.optional(),
        keepInTouchDays: z.number().int().min(1).max(3650).nullable().optional(),
      }),
    }),
    response: z.object({ person: Person }),
    senders: ['page'],
  },
  'person/records': {
    request: z.object({ personId: Id }),
    response: z.object({ records: PersonRecords.nullable() }),
    senders: ['page'],
  },
  'person/merge': {
    request: z.object({ keepId: Id, mergeId: Id }),
    response: z.object({ person: Person, undo: MergeUndo }),
    senders: ['page'],
  },
  'person/unmerge': {
    request: z.object({ undo: MergeUndo }),
    response: z.object({}),
    senders: ['page'],
  },
  'person/delete': {
    request: z.object({ personId: Id }),
    response: z.object({ removed: z.number().int() }),
    senders: ['page'],
  },
  'events/list': {
    request: z.object({}),
    response: z.object({ items: z.array(EventView) }),
    senders: ['page'],
  },
  'reminders/due': {
    /** Open reminders due up to `horizon` (the Due tab shows what is due and what comes this week). */
    request: z.object({ horizon: EpochMs }),
    response: z.object({ items: z.array(DueItem) }),
    senders: ['page'],
  },
  'reminder/settle': {
    request: z.object({ id: Id, action: z.union([z.object({ snoozeUntil: EpochMs }), z.object({ done: z.literal(true) })]) }),
    response: z.object({ reminder: Reminder }),
    senders: ['page'],
  },
} as const satisfies Record<string, MessageSpec>;
