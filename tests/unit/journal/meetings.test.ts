import { beforeEach, describe, expect, it } from 'vitest';
import { cadenceId } from '../../../utils/journal/cadence';
import { listEvents } from '../../../utils/journal/events';
import { createPerson, logMeeting, updatePerson } from '../../../utils/journal/meetings';
import { listPeople } from '../../../utils/journal/people-list';
import { personRecords } from '../../../utils/journal/person-records';
import { recordProfile } from '../../../utils/journal/profiles';
import { updateSettings } from '../../../utils/journal/settings-store';
import { DAY_MS } from '../../../utils/reminders/schedule';
import { dumpAll, testDeps } from '../helpers/journal';

const JANA = { platform: 'xing' as const, key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt', company: 'Brückner GmbH' } };
const MESSE = Date.UTC(2026, 2, 14, 10, 0, 0);

describe('logging a meeting', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let personId: string;
  beforeEach(async () => {
    t = await testDeps();
    personId = (await recordProfile(t.deps, JANA)).personId;
  });

  it('writes the event, the meeting with notes, the quick marks, the tags and a follow-up in two days', async () => {
    const now = t.deps.now();
    const result = await logMeeting(t.deps, { personId, eventName: 'AUFSCHWUNG-Messe', at: now, place: 'Frankfurt', notes: 'Sucht Lieferanten', tags: ['messe', ' Messe ', 'kunde'], helpedThem: true });
    const records = (await personRecords(t.deps, personId))!;
    expect(records.events).toEqual([expect.objectContaining({ id: result.eventId, name: 'AUFSCHWUNG-Messe', place: 'Frankfurt' })]);
    expect(records.interactions.map((i) => i.kind).sort()).toEqual(['helped-them', 'met']);
    expect(records.interactions.find((i) => i.kind === 'met')).toMatchObject({ text: 'Sucht Lieferanten', place: 'Frankfurt', eventId: result.eventId });
    expect(records.person.tags).toEqual(['messe', 'kunde']);
    expect(records.reminders).toEqual([expect.objectContaining({ kind: 'follow-up', state: 'open', dueAt: now + 2 * DAY_MS })]);
    expect(records.summary).toMatchObject({ lastMet: { at: now, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt' }, meetings: 1, blocked: false });
  });

  it('reuses an earlier event whatever its spelling, and lists who was met there', async () => {
    const first = await logMeeting(t.deps, { personId, eventName: 'AUFSCHWUNG-Messe', at: MESSE });
    const tobias = await createPerson(t.deps, { displayName: 'Tobias Lang', company: ' ' });
    const second = await logMeeting(t.deps, { personId: tobias, eventName: '  aufschwung-messe', at: MESSE + 3600_000 });
    expect(second.eventId).toBe(first.eventId);
    const events = await listEvents(t.deps);
    expect(events).toHaveLength(1);
    expect(events[0]!.met.map((m) => m.name).sort()).toEqual(['Jana Schmidt', 'Tobias Lang']);
  });

  // Review of Events and Diagnostics, finding 5: an invisible character pasted with the name made a second event.
  it('cleans event names and places as page text is, so a pasted invisible character never makes a second event', async () => {
    const first = await logMeeting(t.deps, { personId, eventName: 'Hannover Messe', at: MESSE, place: 'Halle\u200e 3' });
    expect(await t.deps.db.get('events', first.eventId!)).toMatchObject({ name: 'Hannover Messe', place: 'Halle 3' });
    expect(await t.deps.db.get('interactions', first.interactionId)).toMatchObject({ place: 'Halle 3' });
    for (const pasted of ['Hannover Messe\u200b', '\u200eHannover Messe', 'Han\u00adnover Messe', 'Hannover\u202e Messe', 'Hannover \u200b Messe']) {
      const tobias = await createPerson(t.deps, { displayName: 'Tobias Lang' });
      expect((await logMeeting(t.deps, { personId: tobias, eventName: pasted, at: MESSE })).eventId, JSON.stringify(pasted)).toBe(first.eventId);
    }
    expect(await t.deps.db.count('events')).toBe(1);
    // A name of invisible characters only names no event.
    expect((await logMeeting(t.deps, { personId, eventName: '\u200b\u00ad ', at: MESSE })).eventId).toBeUndefined();
  });

  it('finds an event stored before names were cleaned by its cleaned name', async () => {
    await t.deps.db.put('events', { v: 1, id: 'old', name: 'Kunden\u00adtag\u200b', date: MESSE });
    expect((await logMeeting(t.deps, { personId, eventName: 'Kundentag', at: MESSE })).eventId).toBe('old');
  });

  it('a person without a page can be created by hand and met', async () => {
    const id = await createPerson(t.deps, { displayName: 'Dr. Eva Roth', company: 'Stadtwerke' });
    await logMeeting(t.deps, { personId: id, at: MESSE });
    const records = (await personRecords(t.deps, id))!;
    expect(records.identities).toEqual([]);
    expect(records.person).toMatchObject({ displayName: 'Dr. Eva Roth', company: 'Stadtwerke' });
    expect(records.summary.meetings).toBe(1);
  });

  it('writes nothing for a person that does not exist (the confirmation never shows)', async () => {
    const before = await dumpAll(t.deps);
    await expect(logMeeting(t.deps, { personId: 'nobody', eventName: 'X', at: MESSE })).rejects.toThrow(/not found/);
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it('uses the configured follow-up delay; a meeting logged late is due at once', async () => {
    await updateSettings(t.deps, { followUpDays: 5 });
    await logMeeting(t.deps, { personId, at: t.deps.now() });
    await logMeeting(t.deps, { personId, at: t.deps.now() - 30 * DAY_MS });
    const dues = (await personRecords(t.deps, personId))!.reminders.map((r) => r.dueAt).sort();
    expect(dues).toEqual([t.deps.now(), t.deps.now() + 5 * DAY_MS]);
  });

  it('keeps one open follow-up: a later meeting replaces the earlier one, an earlier day logged afterwards is covered', async () => {
    const first = await logMeeting(t.deps, { personId, at: t.deps.now() });
    t.advance(DAY_MS);
    const second = await logMeeting(t.deps, { personId, at: t.deps.now() });
    const backdated = await logMeeting(t.deps, { personId, at: t.deps.now() - 3 * DAY_MS });
    // The answer (the form's "a follow-up is set for …") names the follow-up that stays: the second meeting's.
    expect(backdated).toMatchObject({ reminderId: second.reminderId, followUpAt: t.deps.now() + 2 * DAY_MS });
    const states = Object.fromEntries((await personRecords(t.deps, personId))!.reminders.map((r) => [r.id, r.state]));
    expect(states).toEqual({ [first.reminderId!]: 'cancelled', [second.reminderId!]: 'open', [`fu:${backdated.interactionId}`]: 'cancelled' });
  });

  it('search finds people by tag, event and note text', async () => {
    await logMeeting(t.deps, { personId, eventName: 'AUFSCHWUNG-Messe', at: MESSE, tags: ['Windkraft'] });
    await updatePerson(t.deps, personId, { notes: 'Kennt den Einkäufer bei Müller' });
    for (const query of ['windkraft', 'aufschwung', 'einkaufer', 'bruckner']) {
      expect((await listPeople(t.deps, { query, limit: 10 })).items.map((p) => p.displayName), query).toEqual(['Jana Schmidt']);
    }
  });

  it('keep-in-touch: own cadence, tag cadence, removal', async () => {
    await updateSettings(t.deps, { tagCadences: { kunde: 90 } });
    await updatePerson(t.deps, personId, { tags: ['kunde'] });
    const tagged = await t.deps.db.get('reminders', cadenceId(personId));
    expect(tagged).toMatchObject({ kind: 'keep-in-touch', everyDays: 90, tag: 'kunde', dueAt: t.deps.now() + 90 * DAY_MS });
    await updatePerson(t.deps, personId, { keepInTouchDays: 30 });
    expect(await t.deps.db.get('reminders', cadenceId(personId))).toMatchObject({ everyDays: 30, state: 'open' });
    expect((await t.deps.db.get('reminders', cadenceId(personId)))?.tag).toBeUndefined();
    await updatePerson(t.deps, personId, { keepInTouchDays: null, tags: [] });
    expect(await t.deps.db.get('reminders', cadenceId(personId))).toMatchObject({ state: 'cancelled' });
  });

  it('a long tag is cut between characters, never inside an emoji (no lone surrogate)', async () => {
    const long = `Ä${'\u{1F600}'.repeat(60)}`;
    const person = await updatePerson(t.deps, personId, { tags: [long] });
    expect(person.tags[0]!.isWellFormed()).toBe(true);
    expect(long.startsWith(person.tags[0]!.replace(/…$/, ''))).toBe(true);
  });
});
