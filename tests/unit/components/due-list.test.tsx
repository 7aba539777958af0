// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in';
import { inZone } from '../helpers/time-zone';
import { DueList } from '../../../components/popup/DueList';
import type { DueItem } from '../../../utils/model/reminders';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

// Local noon: the day of these moments is the same in every time zone the tests may run in (UTC-11 to UTC+11).
const NOW = new Date(2026, 2, 20, 12).getTime();
const HOUR = 3_600_000;
const item = (id: string, dueAt: number): DueItem => ({
  reminder: { v: 1, id, personId: `p-${id}`, kind: 'follow-up', state: 'open', dueAt, createdAt: NOW - 10 * 24 * HOUR },
  name: `Person ${id}`,
});

const whens = (messages: object, locale: string) => {
  const root = renderIn(
    messages,
    <DueList items={[item('a', NOW - 30 * HOUR), item('b', NOW - 2 * HOUR), item('c', NOW + 3 * HOUR), item('d', NOW + 50 * HOUR)]} now={NOW} locale={locale} onSnooze={() => {}} onDone={() => {}} onOpenPerson={() => {}} />,
  );
  return [...root.querySelectorAll('li.due p')].map((p) => p.textContent);
};

// A follow-up due earlier or later today is due today: not "overdue since" nor "due on" today's date.
describe('the Due list', () => {
  it.each([
    [en, 'en-GB', ['due since 19 Mar 2026', 'due today', 'due today', 'due on 22 Mar 2026']],
    [de, 'de-DE', ['fällig seit 19. März 2026', 'heute fällig', 'heute fällig', 'fällig am 22. März 2026']],
  ])('says when each is due (%#)', (messages, locale, expected) => {
    expect(whens(messages, locale)).toEqual(expected);
  });
});

// A snooze lands on a calendar day's morning (Europe/Berlin), not 24 hours or 7 days on.
describe('snoozing in the Due list', () => {
  const snoozeAt = (now: number, label: string): number => {
    let until = -1;
    const root = renderIn(en, <DueList items={[item('a', now - HOUR)]} now={now} locale="en-GB" onSnooze={(_id, u) => (until = u)} onDone={() => {}} onOpenPerson={() => {}} />);
    [...root.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
    return until;
  };
  it.each([
    ['"Tomorrow" at 23:00 on a Monday is Tuesday morning', [2026, 10, 23, 23, 0], 'Tomorrow', [2026, 10, 24, 9]],
    ['"Tomorrow" at 23:30 the night before summer time is Sunday, not Monday 00:30', [2026, 2, 28, 23, 30], 'Tomorrow', [2026, 2, 29, 9]],
    ['"In a week" at 23:30 the night before summer time is the next Saturday morning', [2026, 2, 28, 23, 30], 'In a week', [2026, 3, 4, 9]],
    ['"In a week" at 08:00 on a Monday is next Monday morning', [2026, 10, 23, 8, 0], 'In a week', [2026, 10, 30, 9]],
  ] as const)('%s', (_name, [y, m, d, h, min], label, [ey, em, ed, eh]) =>
    inZone('Europe/Berlin', () => {
      expect(snoozeAt(new Date(y, m, d, h, min).getTime(), label)).toBe(new Date(ey, em, ed, eh).getTime());
    }));
});
