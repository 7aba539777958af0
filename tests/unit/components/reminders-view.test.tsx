// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import { DashboardView } from '../../../components/dashboard/DashboardView';
import { RemindersView } from '../../../components/dashboard/RemindersView';
import { I18nProvider } from '../../../components/i18n';
import { useReminders } from '../../../entrypoints/options/use-reminders';
import { translatorFromMessages } from '../../../utils/i18n';
import { createClient } from '../../../utils/messaging/client';
import type { Envelope } from '../../../utils/messaging/protocol';
import { snoozeNextWeek, snoozeTomorrow } from '../../../utils/reminders/calendar';
import { DAY_MS } from '../../../utils/reminders/schedule';
import { routedJournal } from '../integrity/router-helpers';

// The dashboard's Reminders as App wires it: useReminders over the real router (the dashboard page as sender) and
// the handlers on fake-indexeddb, in German.

const DASH = { id: 'ext', url: 'chrome-extension://ext/options.html#reminders' };
type Journal = Awaited<ReturnType<typeof routedJournal>>;

const tick = () => new Promise((r) => setTimeout(r, 20));
async function settle() {
  for (let i = 0; i < 15; i++) await act(async () => { await tick(); });
}
const button = (root: Element, name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''))!;
const names = (root: Element) => [...root.querySelectorAll('li.due a')].map((a) => a.textContent);

/** Anna and Bernd met three and four days ago (their follow-ups are due), Clara today (hers comes in two days). */
async function seeded(j: Journal) {
  const ask = async (type: string, payload: object) => {
    const res = (await j.handle({ type, payload } as never, DASH)) as { ok: boolean; data: Record<string, string> };
    expect(res.ok).toBe(true);
    return res.data;
  };
  const now = j.deps.now();
  for (const [name, daysAgo] of [['Anna Adler', 3], ['Bernd Bauer', 4], ['Clara Weiß', 0]] as const) {
    const { personId } = await ask('person/create', { displayName: name });
    await ask('meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', at: now - daysAgo * DAY_MS });
  }
}

async function dashboard() {
  const j = await routedJournal();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(j.deps.now()); // the page's clock is the journal's
  await seeded(j);
  const sent: Envelope[] = [];
  const client = createClient((m) => {
    sent.push(m);
    return j.handle(m as never, DASH);
  });
  const errors: string[] = [];
  function Harness() {
    const r = useReminders(client, '#reminders', (m) => errors.push(m));
    return (
      <DashboardView section="reminders" dueCount={r.dueCount} onSection={() => {}}>
        <RemindersView {...r} locale="de-DE" />
      </DashboardView>
    );
  }
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<I18nProvider value={translatorFromMessages(de)}><Harness /></I18nProvider>, root);
  });
  await settle();
  return { j, root, sent, errors, settles: () => sent.filter((m) => m.type === 'reminder/settle').map((m) => m.payload) };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the dashboard Reminders section, in German', () => {
  it('lists the due follow-ups and the one coming this week, each a link to the person page, counted in the nav entry', async () => {
    const { root, errors } = await dashboard();
    expect(errors).toEqual([]);
    const main = root.querySelector('main')!;
    expect(main.querySelector('h2')!.textContent).toBe('Erinnerungen');
    expect([...main.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Jetzt fällig', 'Demnächst']);
    expect(names(main).slice(0, 2).sort()).toEqual(['Bei Anna Adler nachfassen', 'Bei Bernd Bauer nachfassen']);
    expect(names(main)[2]).toBe('Bei Clara Weiß nachfassen');
    for (const li of main.querySelectorAll('li.due')) expect(li.querySelector('a')!.getAttribute('href')).toBe(`#person/${li.getAttribute('data-person')}`);
    expect(main.textContent).toContain('AUFSCHWUNG-Messe');
    const entry = root.querySelector<HTMLAnchorElement>('nav a[href="#reminders"]')!;
    // Visible "Erinnerungen 2"; a screen reader reads "Erinnerungen 2 fällig".
    expect(entry.textContent).toBe('Erinnerungen 2 fällig');
    expect(entry.querySelector('.count')!.textContent).toBe('2');
    expect(entry.querySelector('.visually-hidden')!.textContent).toBe(' fällig');
    expect(entry.getAttribute('aria-current')).toBe('page');
  });

  it('Done sends "done" for that reminder, settles it in the journal, and keeps the keyboard focus on the reminder now at its place', async () => {
    const { j, root, settles } = await dashboard();
    const first = root.querySelector('li.due')!;
    const id = first.getAttribute('data-reminder')!;
    const done = button(first, /als erledigt markieren/);
    done.focus();
    await act(async () => done.click());
    await settle();
    expect(settles()).toEqual([{ id, action: { done: true } }]);
    expect((await j.deps.db.get('reminders', id))?.state).toBe('done');
    expect(root.querySelectorAll('li.due')).toHaveLength(2);
    const focused = document.activeElement!;
    expect(focused.tagName).toBe('A');
    expect(focused.closest('li')).toBe(root.querySelector('li.due'));
    expect(root.querySelector('nav a[href="#reminders"] .count')!.textContent).toBe('1');
  });

  it.each([
    ['Morgen', snoozeTomorrow],
    ['In einer Woche', snoozeNextWeek],
  ])('"%s" snoozes that reminder to the morning the popup would, and it moves to Demnächst', async (label, until) => {
    const { j, root, settles } = await dashboard();
    const first = root.querySelector('li.due')!;
    const id = first.getAttribute('data-reminder')!;
    const snooze = button(first, new RegExp(`: ${label}$`));
    snooze.focus();
    await act(async () => snooze.click());
    await settle();
    expect(settles()).toEqual([{ id, action: { snoozeUntil: until(j.deps.now()) } }]);
    expect((await j.deps.db.get('reminders', id))?.dueAt).toBe(until(j.deps.now()));
    const upcoming = [...root.querySelectorAll('main h3')].find((h) => h.textContent === 'Demnächst')!.nextElementSibling!;
    expect(upcoming.querySelector(`li[data-reminder="${id}"]`)).not.toBeNull();
    expect(root.contains(document.activeElement) && document.activeElement!.closest('li.due')).toBeTruthy();
  });

  it('Done on the last one leaves the focus on the empty message, and the nav entry counts none', async () => {
    const { root } = await dashboard();
    for (let i = 0; i < 3; i++) {
      const done = button(root.querySelector('li.due')!, /als erledigt markieren/);
      done.focus();
      await act(async () => done.click());
      await settle();
    }
    expect(document.activeElement?.textContent).toBe(de.journal_dueEmpty.message);
    const entry = root.querySelector('nav a[href="#reminders"]')!;
    expect(entry.textContent).toBe('Erinnerungen');
  });
});
