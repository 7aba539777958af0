// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reminderLine } from '../../../components/journal/reminder-line';
import { Recognition } from '../../../components/journal/Recognition';
import { translatorFromMessages } from '../../../utils/i18n';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = new Date(2026, 2, 20, 12).getTime(); // local noon: an hour or three either side is the same day
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ctx = (lang: 'en' | 'de') => ({ t: translatorFromMessages(lang === 'en' ? en : de), locale: lang === 'en' ? 'en-GB' : 'de-DE', now: NOW });

describe('reminderLine: an open reminder in words', () => {
  it.each<[string, 'follow-up' | 'keep-in-touch', number, 'en' | 'de', string, boolean]>([
    ['a later day', 'follow-up', NOW + 2 * DAY, 'en', 'Follow-up due 22 Mar 2026', false],
    ['later today', 'follow-up', NOW + HOUR, 'en', 'Follow-up due today', false],
    ['earlier today', 'follow-up', NOW - HOUR, 'en', 'Follow-up due today', true],
    ['this very moment', 'keep-in-touch', NOW, 'en', 'Time to get in touch (due today)', true],
    ['an earlier day', 'follow-up', NOW - 2 * DAY, 'en', 'Follow-up overdue since 18 Mar 2026', true],
    ['keep in touch, a later day', 'keep-in-touch', NOW + 30 * DAY, 'en', 'Get in touch by 19 Apr 2026', false],
    ['ein späterer Tag', 'follow-up', NOW + 2 * DAY, 'de', 'Nachfassen fällig am 22. März 2026', false],
    ['später heute', 'follow-up', NOW + HOUR, 'de', 'Nachfassen heute fällig', false],
    ['ein früherer Tag', 'keep-in-touch', NOW - 2 * DAY, 'de', 'Zeit, sich zu melden (fällig seit 18. März 2026)', true],
  ])('%s (%s, %s)', (_name, kind, dueAt, lang, text, overdue) => {
    expect(reminderLine({ kind, dueAt }, ctx(lang))).toEqual({ text, overdue });
  });
});

describe('Recognition: the reminders as the card says them', () => {
  const summary = { openReminders: [{ id: 'r1', kind: 'follow-up' as const, dueAt: NOW + HOUR }, { id: 'r2', kind: 'keep-in-touch' as const, dueAt: NOW - 2 * DAY }], blocked: false, meetings: 0 };
  it.each([
    [en, 'en-GB', ['Follow-up due today', 'Time to get in touch (due since 18 Mar 2026)']],
    [de, 'de-DE', ['Nachfassen heute fällig', 'Zeit, sich zu melden (fällig seit 18. März 2026)']],
  ])('%#: due today, and an overdue one marked', (messages, locale, expected) => {
    const root = renderIn(messages, <Recognition summary={summary} locale={locale} now={NOW} />);
    const items = [...root.querySelectorAll('li')].slice(1);
    expect(items.map((li) => li.textContent)).toEqual(expected);
    expect(items.map((li) => li.className)).toEqual(['', 'overdue']);
  });
});
