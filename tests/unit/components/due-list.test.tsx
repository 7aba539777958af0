// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in';
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
