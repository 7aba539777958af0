import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { readByIds } from './read-by-ids';
import { Person } from '../model/people';
import type { EventView } from '../model/person-views';
import { Interaction, JournalEvent } from '../model/relationships';

/**
 * Meetings that name an event: who was met at which occasion. One pass over interactions and events; a damaged
 * record is quarantined and counted (Diagnostics), never silently dropped.
 */
async function meetingsWithEvents(deps: Deps): Promise<{ events: JournalEvent[]; meetings: Interaction[] }> {
  const tx = deps.db.transaction(['events', 'interactions'], 'readonly');
  const [rawEvents, rawInteractions] = await Promise.all([tx.objectStore('events').getAll(), tx.objectStore('interactions').getAll()]);
  await tx.done;
  const now = deps.now();
  const events = checkRecords('events', JournalEvent, rawEvents, recordKey, now);
  const interactions = checkRecords('interactions', Interaction, rawInteractions, recordKey, now);
  await quarantine(deps.db, [...events.invalid, ...interactions.invalid]);
  const meetings = interactions.valid.filter((i) => i.kind === 'met' && i.eventId);
  return { events: events.valid, meetings };
}

/** Event names per person, for search ("messe" finds everyone met at a fair). */
export async function eventNamesByPerson(deps: Deps): Promise<Map<string, string[]>> {
  const { events, meetings } = await meetingsWithEvents(deps);
  const names = new Map(events.map((e) => [e.id, e.name]));
  const out = new Map<string, string[]>();
  for (const m of meetings) {
    const name = names.get(m.eventId!);
    if (name) out.set(m.personId, [...(out.get(m.personId) ?? []), name]);
  }
  return out;
}

type Met = EventView['met'][number];

/**
 * Every event someone is still linked to, newest first, with the people met there: one row per person (a merge or
 * a fair of several days gives one person several meetings), with every meeting's time, ordered by first meeting.
 * People met at the same time are ordered by name in the view, which knows the locale. An event whose meetings are
 * all gone (their people deleted) stays in the store but is not listed: nobody is linked to it any more.
 */
export async function listEvents(deps: Deps): Promise<EventView[]> {
  const { events, meetings } = await meetingsWithEvents(deps);
  const people = new Map<string, string>();
  for (const person of await readByIds(deps, 'people', Person, [...new Set(meetings.map((m) => m.personId))])) people.set(person.id, person.displayName);
  const byEvent = new Map<string, Map<string, Met>>();
  for (const m of meetings) {
    const name = people.get(m.personId);
    if (name === undefined) continue;
    const rows = byEvent.get(m.eventId!) ?? new Map<string, Met>();
    byEvent.set(m.eventId!, rows);
    const row = rows.get(m.personId);
    if (row) row.dates.push(m.at);
    else rows.set(m.personId, { personId: m.personId, name, at: m.at, dates: [m.at] });
  }
  const listed: EventView[] = [];
  for (const event of events) {
    const rows = [...(byEvent.get(event.id)?.values() ?? [])];
    if (rows.length === 0) continue;
    const met = rows.map((row) => {
      const dates = [...new Set(row.dates)].sort((a, b) => a - b);
      return { ...row, at: dates[0]!, dates };
    });
    listed.push({ event, met: met.sort((a, b) => a.at - b.at) });
  }
  return listed.sort((a, b) => (b.event.date ?? 0) - (a.event.date ?? 0) || a.event.name.localeCompare(b.event.name));
}
