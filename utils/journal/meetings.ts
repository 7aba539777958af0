import type { IDBPTransaction } from 'idb';
import { atomically } from './atomic';
import type { JournalDB } from './db-schema';
import type { Deps } from './profiles';
import { syncCadence } from './cadence';
import { settleOlderFollowUps } from './reminders';
import { getSettings } from './settings-store';
import { cap, cleanText } from '../text/clean';
import { foldForSearch } from '../text/fold';
import { Person } from '../model/people';
import { Interaction, JournalEvent } from '../model/relationships';
import { Reminder } from '../model/reminders';
import { DEFAULT_FOLLOW_UP_DAYS, followUpDue } from '../reminders/schedule';

export interface MeetingInput {
  personId: string;
  eventName?: string;
  at: number;
  place?: string;
  notes?: string;
  tags?: string[];
  helpedThem?: boolean;
  helpedMe?: boolean;
}

export interface MeetingResult {
  interactionId: string;
  eventId?: string;
  reminderId?: string;
  followUpAt?: number;
}

export const MEETING_STORES: ['people', 'events', 'interactions', 'reminders', 'settings'] = ['people', 'events', 'interactions', 'reminders', 'settings'];
export type MeetingTx = IDBPTransaction<JournalDB, ('people' | 'events' | 'interactions' | 'reminders' | 'settings')[], 'readwrite'>;

/** Trimmed, without empties and duplicates (case-insensitive), in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cap(raw.trim().replace(/\s+/g, ' '), 100); // by character: a cut never splits an emoji
    const folded = foldForSearch(tag);
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out;
}

/**
 * Logs a meeting: the event (found by name, else created), the "met" interaction with its notes, the quick
 * marks as their own interactions, the tags on the person, and the follow-up reminder, all in one
 * transaction. The answer comes only after it committed, so the UI's confirmation never lies.
 */
export async function logMeeting(deps: Deps, input: MeetingInput): Promise<MeetingResult> {
  const settings = await getSettings(deps);
  const now = deps.now();
  const tx = deps.db.transaction(MEETING_STORES, 'readwrite');
  return atomically(tx, async () => {
    const person = Person.safeParse(await tx.objectStore('people').get(input.personId));
    if (!person.success) throw new Error('person not found');
    const eventName = typedText(input.eventName);
    const place = typedText(input.place);
    const eventId = eventName ? await findOrCreateEvent(tx, deps, eventName, input.at, place) : undefined;
    const interactionId = deps.newId();
    const notes = input.notes?.trim();
    await tx.objectStore('interactions').put(
      Interaction.parse({ v: 1, id: interactionId, personId: input.personId, kind: 'met', at: input.at, ...(notes ? { text: notes } : {}), ...(eventId ? { eventId } : {}), ...(place ? { place } : {}) }),
    );
    for (const [mark, kind] of [[input.helpedThem, 'helped-them'], [input.helpedMe, 'helped-me']] as const) {
      if (mark) await tx.objectStore('interactions').put(Interaction.parse({ v: 1, id: deps.newId(), personId: input.personId, kind, at: input.at, ...(eventId ? { eventId } : {}) }));
    }
    const tags = cleanTags([...person.data.tags, ...(input.tags ?? [])]);
    const updated = Person.parse({ ...person.data, tags, updatedAt: now });
    await tx.objectStore('people').put(updated);
    const days = settings.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
    const reminderId = `fu:${interactionId}`;
    const followUpAt = followUpDue(input.at, now, days);
    await tx.objectStore('reminders').put(
      Reminder.parse({ v: 1, id: reminderId, personId: input.personId, kind: 'follow-up', state: 'open', dueAt: followUpAt, createdAt: now, sinceInteractionId: interactionId, since: Math.max(input.at, 0) }),
    );
    // Meeting again is contact: the follow-up of the most recent meeting replaces an older open one (and a meeting
    // logged for an earlier day than one already followed up is covered by that one, which the answer names).
    const followUp = await settleOlderFollowUps(tx.objectStore('reminders'), input.personId, now);
    await syncCadence(tx, updated, settings.tagCadences ?? {}, input.at, now);
    return { interactionId, ...(eventId ? { eventId } : {}), ...(followUp ? { reminderId: followUp.id, followUpAt: followUp.dueAt } : {}) };
  });
}

/**
 * An event name or place as the user typed or pasted it, cleaned as page text is (NFC, no invisible or bidi
 * controls, one space between words, capped) and without soft hyphens, which a copied name often carries. Pure.
 */
export const typedText = (raw: string | undefined): string => cleanText(raw?.replace(/\u00AD/g, ''));

/** What makes two event names the same event: their cleaned, folded forms ("Hannover Messe\u200b" is "hannover messe"). Pure. */
export const eventKey = (name: string): string => foldForSearch(typedText(name));

/** `name` and `place` come cleaned (typedText). */
async function findOrCreateEvent(tx: MeetingTx, deps: Deps, name: string, at: number, place: string): Promise<string> {
  const wanted = eventKey(name);
  // Events are few (one per fair or call series): reading them all beats keeping a second index in step. Stored
  // names are compared cleaned too: an event stored before names were cleaned is still found.
  for (const raw of await tx.objectStore('events').getAll()) {
    const event = JournalEvent.safeParse(raw);
    if (event.success && eventKey(event.data.name) === wanted) return event.data.id;
  }
  const id = deps.newId();
  await tx.objectStore('events').put(JournalEvent.parse({ v: 1, id, name, date: at, ...(place ? { place } : {}) }));
  return id;
}

/** A field the user may remove: null removes it, absent leaves it as it is. */
type Removable = string | null;

export interface PersonPatch {
  displayName?: string;
  headline?: Removable;
  company?: Removable;
  location?: Removable;
  notes?: string;
  tags?: string[];
  /** A keep-in-touch cadence of this person in days; null removes it. */
  keepInTouchDays?: number | null;
}

const REMOVABLE = ['headline', 'company', 'location'] as const;

/** Edits what the user wrote about a person (notes, tags, cadence) and the names shown; one transaction. */
export async function updatePerson(deps: Deps, personId: string, patch: PersonPatch): Promise<Person> {
  const settings = await getSettings(deps);
  const now = deps.now();
  const tx = deps.db.transaction(MEETING_STORES, 'readwrite');
  return atomically(tx, async () => {
    const current = Person.safeParse(await tx.objectStore('people').get(personId));
    if (!current.success) throw new Error('person not found');
    const { keepInTouchDays, tags, ...fields } = patch;
    const merged: Record<string, unknown> = { ...current.data, ...fields, ...(tags ? { tags: cleanTags(tags) } : {}), updatedAt: now };
    // An emptied headline, company or location comes as null: the key goes (the schema keeps them optional strings).
    for (const key of REMOVABLE) if (merged[key] === null) delete merged[key];
    const next = Person.parse(merged);
    await tx.objectStore('people').put(next);
    const last = await lastInteractionAt(tx, personId);
    await syncCadence(tx, next, settings.tagCadences ?? {}, last, now, keepInTouchDays);
    return next;
  });
}

/** Someone the user met who has no XING or LinkedIn page (yet): a person without identities. */
export async function createPerson(deps: Deps, fields: { displayName: string; headline?: string; company?: string; location?: string }): Promise<string> {
  const now = deps.now();
  const id = deps.newId();
  const clean = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.trim()]).filter(([, v]) => v));
  await deps.db.put('people', Person.parse({ v: 1, id, ...clean, tags: [], notes: '', createdAt: now, updatedAt: now }));
  return id;
}

export async function lastInteractionAt(tx: MeetingTx, personId: string): Promise<number | undefined> {
  const range = IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER]);
  const cursor = await tx.objectStore('interactions').index('personTime').openCursor(range, 'prev');
  return cursor ? (cursor.value as Interaction).at : undefined;
}
