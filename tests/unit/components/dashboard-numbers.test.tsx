// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DiagnosticsPanel } from '../../../components/dashboard/DiagnosticsPanel';
import { PeopleTable } from '../../../components/dashboard/PeopleTable';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = Date.UTC(2026, 10, 23, 12);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ v: 1, id: `p${i}`, displayName: `Person ${i}`, tags: [], notes: '', createdAt: NOW, updatedAt: NOW })) as never;

// Review of the words, finding 12: "1–50 von 30000" beside "30.000 Personen".
describe('counts in the dashboard in the locale\'s digits', () => {
  it.each([
    ['de', 29_900, '30.000 Personen', '29.901–30.000 von 30.000'],
    ['en', 29_900, '30,000 people', '29,901–30,000 of 30,000'],
    ['de', 0, '30.000 Personen', '1–100 von 30.000'],
  ])('the people pager (%s, from %s)', (locale, offset, count, pager) => {
    const shown = text(renderIn(locale === 'de' ? de : en, <PeopleTable items={people(100)} total={30_000} offset={offset} query="" locale={locale} onQuery={() => {}} onOffset={() => {}} onAdd={async () => {}} />));
    expect(shown).toContain(count);
    expect(shown).toContain(pager);
    expect(shown).not.toMatch(/30000/);
  });

  it.each([
    ['de', ['30.000', '1.250', '12.000', '3']],
    ['en', ['30,000', '1,250', '12,000', '3']],
  ])('Diagnostics (%s)', (locale, numbers) => {
    const root = renderIn(locale === 'de' ? de : en, <DiagnosticsPanel counts={{ people: 30_000, quarantine: 1_250 }} schemaVersion={5} locale={locale} diagnostics={[{ v: 1, pageType: 'xing.requests.received', successes: 12_000, failures: 3, skippedCards: 0, lastAt: 0 }]} />);
    expect(text(root.querySelector('tr[data-store="people"] td.num')!)).toBe(numbers[0]);
    expect(text(root.querySelector('[data-testid="quarantine-count"]')!)).toBe(numbers[1]);
    const cells = [...root.querySelectorAll('[data-page-type] td.num')].map(text);
    expect(cells.slice(0, 2)).toEqual(numbers.slice(2));
  });
});
