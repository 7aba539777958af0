import type { Deps } from './profiles';
import { Person } from '../model/people';
import type { EventView } from '../model/person-views';
import { Interaction, JournalEvent } from '../model/relationships';

/** Meetings that name an event: who was met at which occasion. One pass over interactions and events. */
async function meetingsWithEvents(deps: Deps): Promise<{ events: JournalEvent[]; meetings: Interaction[] }> {
  const tx = deps.db.transaction(['events', 'interactions'], 'readonly');
  const [rawEvents, rawInteractions] = await Promise.all([tx.objectStore('events').getAll(), tx.objectStore('interactions').getAll()]);
  await tx.done;
  const events = rawEvents.flatMap((r) => {
    const e = JournalEvent.safeParse(r);
    return e.success ? [e.data] : [];
  });
  const meetings = rawInteractions.flatMap((r) => {
    const i = Interaction.safeParse(r);
    return i.success && i.data.kind === 'met' && i.data.eventId ? [i.data] : [];
  });
  return { events, meetings };
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

/** Every event, newest first, with the people met there. */
export async function listEvents(deps: Deps): Promise<EventView[]> {
  const { events, meetings } = await meetingsWithEvents(deps);
  const people = new Map<string, string>();
  for (const personId of new Set(meetings.map((m) => m.personId))) {
    const person = Person.safeParse(await deps.db.get('people', personId));
    if (person.success) people.set(personId, person.data.displayName);
  }
  return events
    .map((event) => ({
      event,
      met: meetings
        .filter((m) => m.eventId === event.id && people.has(m.personId))
        .map((m) => ({ personId: m.personId, name: people.get(m.personId)!, at: m.at })),
    }))
    .sort((a, b) => (b.event.date ?? 0) - (a.event.date ?? 0) || a.event.name.localeCompare(b.event.name));
}
