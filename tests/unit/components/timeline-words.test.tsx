// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in';
import { Timeline } from '../../../components/dashboard/Timeline';
import type { TimelineEntry } from '../../../components/dashboard/timeline';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const T = Date.UTC(2026, 2, 14);
const entry = (kind: 'helped-them' | 'helped-me' | 'follow-up-done', i: number): TimelineEntry => ({
  kind: 'interaction',
  at: T + i,
  id: `i:${i}`,
  interaction: { v: 1, id: `i${i}`, personId: 'p1', kind, at: T + i },
});

const heads = (messages: object, locale: string) => {
  const root = renderIn(messages, <Timeline entries={[entry('helped-them', 1), entry('helped-me', 2), entry('follow-up-done', 3)]} locale={locale} />);
  return [...root.querySelectorAll('strong')].map((s) => s.textContent);
};

// The kinds' words are written to sit inside a sentence ("Last contact: you helped them"); a timeline line is a
// heading of its own and starts with a capital.
describe('the timeline in words', () => {
  it.each([
    [en, 'en', ['You helped them', 'They helped you', 'Followed up']],
    [de, 'de', ['Sie haben geholfen', 'Hilfe erhalten', 'Nachgefasst']],
  ])('starts every line with a capital (%#)', (messages, locale, expected) => {
    expect(heads(messages, locale)).toEqual(expected);
  });
});
