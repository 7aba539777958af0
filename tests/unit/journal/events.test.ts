import { describe, expect, it } from 'vitest';
import { listEvents } from '../../../utils/journal/events';
import { createPerson, logMeeting } from '../../../utils/journal/meetings';
import { deletePerson } from '../../../utils/journal/person-delete';
import { mergePeople } from '../../../utils/journal/person-merge';
import { fromIsoDay } from '../../../utils/text/dates';
import { testDeps } from '../helpers/journal';

const DAY = fromIsoDay('2026-03-14')!;
const DAY_MS = 86_400_000;

// Review of Events and Diagnostics, findings 3, 4, 6 and 7.
describe('the Events view\'s list', () => {
  it('lists a person once per event, with every meeting there (after a merge, or over a fair of several days)', async () => {
    const t = await testDeps();
    const a = await createPerson(t.deps, { displayName: 'Jana Schmidt' });
    const b = await createPerson(t.deps, { displayName: 'Jana Schmidt' });
    await logMeeting(t.deps, { personId: a, eventName: 'AUFSCHWUNG-Messe', at: DAY + DAY_MS });
    await logMeeting(t.deps, { personId: b, eventName: 'AUFSCHWUNG-Messe', at: DAY });
    await logMeeting(t.deps, { personId: a, eventName: 'AUFSCHWUNG-Messe', at: DAY });
    await mergePeople(t.deps, a, b);
    const [event] = await listEvents(t.deps);
    expect(event!.met).toEqual([{ personId: a, name: 'Jana Schmidt', at: DAY, dates: [DAY, DAY + DAY_MS] }]);
  });

  it('orders the people met by their first meeting, not by record id', async () => {
    const t = await testDeps();
    // Ids as crypto.randomUUID might give them: people first, then the event and each meeting's interaction.
    const ids = ['p-1', 'p-2', 'p-3', 'ev', 'i-c', 'i-b', 'i-a'];
    let n = 0;
    const deps = { ...t.deps, newId: () => ids.shift() ?? `x-${++n}` };
    const anna = await createPerson(deps, { displayName: 'Anna Adler' });
    const bernd = await createPerson(deps, { displayName: 'Bernd Berg' });
    const clara = await createPerson(deps, { displayName: 'Clara Cramer' });
    await logMeeting(deps, { personId: clara, eventName: 'DMEXCO', at: DAY + 2 * DAY_MS });
    await logMeeting(deps, { personId: anna, eventName: 'DMEXCO', at: DAY });
    await logMeeting(deps, { personId: bernd, eventName: 'DMEXCO', at: DAY + DAY_MS });
    const [event] = await listEvents(deps);
    expect(event!.met.map((m) => m.name)).toEqual(['Anna Adler', 'Bernd Berg', 'Clara Cramer']);
  });

  it('quarantines and counts a damaged event or meeting instead of dropping it silently', async () => {
    const t = await testDeps();
    const a = await createPerson(t.deps, { displayName: 'Anna' });
    const { eventId, interactionId } = await logMeeting(t.deps, { personId: a, eventName: 'Kundentag', at: DAY });
    const other = await logMeeting(t.deps, { personId: a, eventName: 'Sommerfest', at: DAY });
    const rawEvent = (await t.deps.db.get('events', eventId!)) as unknown as Record<string, unknown>;
    await t.deps.db.put('events', { ...rawEvent, date: -1 } as never);
    const rawMeeting = (await t.deps.db.get('interactions', other.interactionId)) as unknown as Record<string, unknown>;
    await t.deps.db.put('interactions', { ...rawMeeting, at: 'yesterday' } as never);
    expect(await listEvents(t.deps)).toEqual([]);
    const quarantined = (await t.deps.db.getAll('quarantine')) as { store: string; key: string }[];
    expect(quarantined.map((q) => `${q.store}:${q.key}`).sort()).toEqual([`events:${eventId}`, `interactions:${other.interactionId}`]);
    expect(await t.deps.db.get('interactions', interactionId)).toBeDefined(); // the valid meeting stays
  });

  it('leaves out an event nobody is linked to; deleting the only person met there deletes it', async () => {
    const t = await testDeps();
    const a = await createPerson(t.deps, { displayName: 'Anna' });
    const b = await createPerson(t.deps, { displayName: 'Bernd' });
    const gone = await logMeeting(t.deps, { personId: a, eventName: 'Kundentag', at: DAY });
    await logMeeting(t.deps, { personId: b, eventName: 'Sommerfest', at: DAY });
    await t.deps.db.put('events', { v: 1, id: 'unlinked', name: 'Alte Messe' }); // as a backup may bring one
    await deletePerson(t.deps, a);
    expect((await listEvents(t.deps)).map((e) => e.event.name)).toEqual(['Sommerfest']);
    expect(await t.deps.db.get('events', gone.eventId!)).toBeUndefined();
    expect(await t.deps.db.get('events', 'unlinked')).toBeDefined();
  });
});
