// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EventsView } from '../../../components/dashboard/EventsView';
import { listEvents } from '../../../utils/journal/events';
import { createPerson, logMeeting } from '../../../utils/journal/meetings';
import { deletePerson } from '../../../utils/journal/person-delete';
import { mergePeople } from '../../../utils/journal/person-merge';
import type { EventView } from '../../../utils/model/person-views';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { fromIsoDay } from '../../../utils/text/dates';
import { testDeps } from '../helpers/journal';
import { renderIn } from '../helpers/render-in';

const DAY = fromIsoDay('2026-03-14')!;
const DAY_MS = 86_400_000;
const rows = (el: HTMLElement) => [...el.querySelectorAll('article li')].map((li) => li.textContent);

// Review of Events and Diagnostics, findings 3, 4 and 7, as the user reads them.
describe('the Events view', () => {
  it('after a merge, lists the person once, as the count says', async () => {
    const t = await testDeps();
    const a = await createPerson(t.deps, { displayName: 'Jana Schmidt' });
    const b = await createPerson(t.deps, { displayName: 'Jana Schmidt' });
    await logMeeting(t.deps, { personId: a, eventName: 'AUFSCHWUNG-Messe', at: DAY });
    await logMeeting(t.deps, { personId: b, eventName: 'AUFSCHWUNG-Messe', at: DAY });
    await mergePeople(t.deps, a, b);
    const el = renderIn(de, <EventsView items={await listEvents(t.deps)} locale="de" />);
    expect(el.querySelector('article p')!.textContent).toBe('14. März 2026 · 1 Person');
    expect(rows(el)).toEqual(['Jana Schmidt 14. März 2026']);
  });

  it('names every day a person was met at a fair of several days', async () => {
    const t = await testDeps();
    const a = await createPerson(t.deps, { displayName: 'Jana Schmidt' });
    await logMeeting(t.deps, { personId: a, eventName: 'DMEXCO', at: DAY, place: 'Köln' });
    await logMeeting(t.deps, { personId: a, eventName: 'DMEXCO', at: DAY + 2 * DAY_MS });
    const items = await listEvents(t.deps);
    expect(rows(renderIn(de, <EventsView items={items} locale="de" />))).toEqual(['Jana Schmidt 14. März 2026 und 16. März 2026']);
    const el = renderIn(en, <EventsView items={items} locale="en-GB" />);
    expect(rows(el)).toEqual(['Jana Schmidt 14 Mar 2026 and 16 Mar 2026']);
    expect(el.querySelector('article p')!.textContent).toBe('14 Mar 2026 · Köln · 1 person');
    expect(el.querySelector('article p bdi')!.textContent).toBe('Köln'); // the user's text isolated
  });

  it('lists people by first meeting, and people met at the same time by name in the locale\'s order', () => {
    const person = (personId: string, name: string, at: number) => ({ personId, name, at, dates: [at] });
    const item: EventView = {
      event: { v: 1, id: 'e', name: 'Kundentag', date: DAY },
      met: [person('z', 'Zoe Berg', DAY), person('o', 'Özlem Kaya', DAY), person('a', 'Anna Adler', DAY + DAY_MS), person('c', 'Carl Ohm', DAY)],
    };
    const names = [...renderIn(de, <EventsView items={[item]} locale="de" />).querySelectorAll('article li a')].map((a) => a.textContent);
    expect(names).toEqual(['Carl Ohm', 'Özlem Kaya', 'Zoe Berg', 'Anna Adler']);
  });

  it('does not show an event whose only person was deleted', async () => {
    const t = await testDeps();
    const a = await createPerson(t.deps, { displayName: 'Anna' });
    await logMeeting(t.deps, { personId: a, eventName: 'Kundentag', at: DAY });
    await deletePerson(t.deps, a);
    const el = renderIn(de, <EventsView items={await listEvents(t.deps)} locale="de" />);
    expect(el.textContent).not.toContain('Kundentag');
    expect(el.textContent).not.toContain('0 Personen');
    expect(el.querySelector('.empty')).not.toBeNull();
    // Nor when handed one: no heading over an empty list.
    const empty: EventView = { event: { v: 1, id: 'e', name: 'Kundentag', date: DAY }, met: [] };
    expect(renderIn(de, <EventsView items={[empty]} locale="de" />).querySelector('article')).toBeNull();
  });
});
