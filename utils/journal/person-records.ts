import type { Deps } from './profiles';
import { Identity, Person, Snapshot } from '../model/people';
import type { PersonRecords, PersonSummary } from '../model/person-views';
import { BlockEntry, Interaction, JournalEvent, Verdict } from '../model/relationships';
import { Reminder } from '../model/reminders';
import { RequestRecord } from '../model/requests';
import { byPerson, valid } from './record-reads';
import { contactTimesOf, followUpAnswered } from '../reminders/schedule';

/** Every record naming the person, read in one transaction (invalid ones are left for the quarantine readers). */
export async function personRecords(deps: Deps, personId: string): Promise<PersonRecords | null> {
  const tx = deps.db.transaction(['people', 'identities', 'snapshots', 'requests', 'interactions', 'events', 'verdicts', 'reminders', 'blocklist'], 'readonly');
  const [rawPerson, identities, snapshots, requests, interactions, verdicts, reminders] = await Promise.all([
    tx.objectStore('people').get(personId),
    tx.objectStore('identities').index('personId').getAll(personId),
    tx.objectStore('snapshots').index('personId').getAll(personId),
    tx.objectStore('requests').index('personId').getAll(personId),
    tx.objectStore('interactions').index('personTime').getAll(byPerson(personId)),
    tx.objectStore('verdicts').index('personId').getAll(personId),
    tx.objectStore('reminders').index('personId').getAll(personId),
  ]);
  const person = Person.safeParse(rawPerson);
  if (!person.success) {
    await tx.done;
    return null;
  }
  const ids = valid(Identity, identities);
  const acts = valid(Interaction, interactions);
  const eventIds = [...new Set(acts.flatMap((i) => (i.eventId ? [i.eventId] : [])))];
  const events = valid(JournalEvent, await Promise.all(eventIds.map((id) => tx.objectStore('events').get(id))));
  const blocks = valid(BlockEntry, await Promise.all(ids.map((i) => tx.objectStore('blocklist').get(i.id))));
  await tx.done;
  const records = {
    person: person.data,
    identities: ids,
    snapshots: valid(Snapshot, snapshots).sort((a, b) => a.observedAt - b.observedAt),
    requests: valid(RequestRecord, requests),
    interactions: acts,
    events,
    verdicts: valid(Verdict, verdicts).sort((a, b) => a.at - b.at),
    reminders: valid(Reminder, reminders),
  };
  return { ...records, summary: summarise(records, blocks.length > 0) };
}

/** The recognition card's content, from the person's records. Pure. */
export function summarise(
  r: Pick<PersonRecords, 'interactions' | 'events' | 'verdicts' | 'reminders' | 'requests'>,
  blocked: boolean,
): PersonSummary {
  const events = new Map(r.events.map((e) => [e.id, e]));
  // A follow-up a request or message answered is dropped when the reminders are next read; until then it is no longer open here.
  const contacts = contactTimesOf(r.requests, r.interactions);
  const meetings = r.interactions.filter((i) => i.kind === 'met').sort((a, b) => b.at - a.at);
  const met = meetings[0];
  const eventName = met?.eventId ? events.get(met.eventId)?.name : undefined;
  // A meeting logged with "I helped them" gives both records one time: the meeting is then the last contact (the card
  // says it once), whatever order the store lists them in.
  const last = [...r.interactions].sort((a, b) => b.at - a.at || Number(b.kind === 'met') - Number(a.kind === 'met'))[0];
  const verdict = r.verdicts.at(-1)?.verdict;
  const blockedByRequest = r.requests.some((q) => q.state === 'blocked');
  return {
    ...(met ? { lastMet: { at: met.at, ...(eventName ? { eventName } : {}), ...(met.place ? { place: met.place } : {}) } } : {}),
    ...(last ? { lastInteraction: { kind: last.kind, at: last.at } } : {}),
    openReminders: r.reminders.filter((m) => m.state === 'open' && !followUpAnswered(m, contacts)).sort((a, b) => a.dueAt - b.dueAt).map((m) => ({ id: m.id, kind: m.kind, dueAt: m.dueAt })),
    ...(verdict ? { verdict } : {}),
    blocked: blocked || blockedByRequest,
    meetings: meetings.length,
  };
}
