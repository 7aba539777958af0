// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../components/dashboard/timeline';
import { Timeline } from '../../../components/dashboard/Timeline';
import { personRecords } from '../../../utils/journal/person-records';
import { createPerson, logMeeting, updatePerson } from '../../../utils/journal/meetings';
import { updateSettings } from '../../../utils/journal/settings-store';
import { renderIn } from '../helpers/render-in';
import { testDeps } from '../helpers/journal';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function timelineOf(t: Awaited<ReturnType<typeof testDeps>>, id: string, messages: object, locale: string) {
  const root = renderIn(messages, <Timeline entries={buildTimeline((await personRecords(t.deps, id))!)} locale={locale} />);
  return [...root.querySelectorAll('li')];
}

// Review dashboard-people, finding 4: a keep-in-touch reminder the user switched off read "you were in touch".
describe('the timeline tells why a keep-in-touch reminder ended', () => {
  it.each([
    ['the cadence emptied', 'en', en, { keepInTouchDays: null }, 'Keep-in-touch reminder switched off'],
    ['the cadence emptied', 'de', de, { keepInTouchDays: null }, 'Erinnerung an die Kontaktpflege ausgeschaltet'],
  ])('%s (%s)', async (_name, locale, messages, patch, expected) => {
    const t = await testDeps();
    const id = await createPerson(t.deps, { displayName: 'Dora Kern' });
    await updatePerson(t.deps, id, { keepInTouchDays: 90 });
    t.advance(3_600_000);
    await updatePerson(t.deps, id, patch);
    const lines = (await timelineOf(t, id, messages, locale)).map(text).join('\n');
    expect(lines).toContain(expected);
    expect(lines).not.toMatch(/you were in touch|Sie hatten Kontakt/);
  });

  it('the tag that carried the cadence removed: switched off too', async () => {
    const t = await testDeps();
    await updateSettings(t.deps, { tagCadences: { kunde: 30 } });
    const id = await createPerson(t.deps, { displayName: 'Dora Kern' });
    await updatePerson(t.deps, id, { tags: ['kunde'] });
    expect((await timelineOf(t, id, en, 'en')).map(text).join('\n')).toContain('Reminder set');
    t.advance(1000);
    await updatePerson(t.deps, id, { tags: [] });
    expect((await timelineOf(t, id, en, 'en')).map(text).join('\n')).toContain('Keep-in-touch reminder switched off');
  });

  it('a follow-up answered by a contact still reads "you were in touch"', () => {
    const entries = [{ kind: 'reminder' as const, at: Date.UTC(2026, 2, 20, 9), id: 'm:fu', reminderKind: 'follow-up', state: 'cancelled', dueAt: Date.UTC(2026, 2, 21) }];
    expect(text(renderIn(en, <Timeline entries={entries} locale="en" />).querySelector('strong'))).toBe('Reminder dropped: you were in touch');
  });
});

// Review dashboard-people, finding 5: the meeting form asks for a day; the timeline showed an invented "12:00".
describe('the timeline shows the time the user gave', () => {
  it.each([
    ['de', de, '14. März 2026'],
    ['en', en, 'Mar 14, 2026'],
  ])('a meeting logged for an earlier day shows its day alone (%s)', async (locale, messages, day) => {
    const t = await testDeps();
    const id = await createPerson(t.deps, { displayName: 'Emil Sauer' });
    const at = new Date(2026, 2, 14, 12).getTime(); // MeetingForm: another day is stored as its local noon
    await logMeeting(t.deps, { personId: id, eventName: 'AUFSCHWUNG-Messe', at, helpedThem: true });
    const lines = (await timelineOf(t, id, messages, locale)).filter((li) => li.dataset.kind === 'interaction');
    expect(lines).toHaveLength(2); // the meeting and its "helped them" mark
    for (const li of lines) {
      const time = li.querySelector('time')!;
      expect(text(time)).toBe(day);
      expect(time.getAttribute('datetime')).toBe('2026-03-14');
    }
  });

  it('a message keeps its time of day', () => {
    const at = new Date(2026, 2, 14, 9, 41).getTime();
    const entries = [{ kind: 'interaction' as const, at, id: 'i:1', interaction: { v: 1 as const, id: 'i1', personId: 'p1', kind: 'message-sent' as const, at } }];
    expect(text(renderIn(en, <Timeline entries={entries} locale="en" />).querySelector('time'))).toMatch(/9:41|09:41/);
  });
});
