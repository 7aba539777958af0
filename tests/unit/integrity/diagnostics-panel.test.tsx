// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DiagnosticsPanel } from '../../../components/dashboard/DiagnosticsPanel';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import type { DiagnosticRecord } from '../../../utils/model/diagnostics';
import { fromIsoDay } from '../../../utils/text/dates';
import { renderIn } from '../helpers/render-in';
import { renderInto } from './render';

const DAY = fromIsoDay('2026-03-14')!;

describe('Diagnostics counts the cards a list read could not keep (breaks 1-3)', () => {
  it('shows the skipped cards per page type', () => {
    const el = renderInto(
      <DiagnosticsPanel counts={{ quarantine: 2 }} schemaVersion={3} locale="en" diagnostics={[{ v: 1, pageType: 'xing.requests.received', successes: 3, failures: 0, skippedCards: 4, lastAt: 0 }]} />,
    );
    expect(el.querySelector('[data-testid=skipped-cards]')?.textContent).toBe('4');
    expect(el.textContent).toContain('Cards not readable');
  });
});

// Review of Events and Diagnostics, finding 1: "Last problem" said only "not found" or "not understood".
describe('Diagnostics says why a page was not read, in the popup\'s words', () => {
  const lastProblem = (messages: object, locale: string, lastFailure: DiagnosticRecord['lastFailure']) => {
    const record: DiagnosticRecord = { v: 1, pageType: 'xing.profile', successes: 3, failures: 1, lastAt: DAY, ...(lastFailure ? { lastFailure } : {}) };
    const el = renderIn(messages, <DiagnosticsPanel counts={{}} schemaVersion={3} locale={locale} diagnostics={[record]} />);
    return el.querySelector('[data-page-type="xing.profile"] td:last-child')!;
  };

  it.each([
    ['own-profile', undefined, 'this is your own profile'],
    ['system-page', undefined, "this is the site's sign-in or check page"],
    ['page-too-large', undefined, 'the page is too large to read'],
    ['layout-not-recognised', undefined, "the page's layout was not recognised (the site may have changed)"],
    ['missing-field', 'name', 'the name was not found on the page'],
  ])('%s (%s)', (code, field, want) => {
    const cell = lastProblem(en, 'en', { code, ...(field ? { field } : {}), message: 'dev text', at: DAY });
    expect(cell.textContent).toContain(want);
    expect(cell.textContent).not.toContain('dev text');
  });

  it('in German, with the field, and without a mouse-only tooltip of codes and developer text', () => {
    const cell = lastProblem(de, 'de', { code: 'missing-field', field: 'name', message: 'no h1 in .pv-top-card', at: DAY });
    expect(cell.getAttribute('title')).toBeNull();
    expect(cell.textContent).toBe('14. März 2026, 12:00: der Name wurde auf der Seite nicht gefunden');
  });

  it('is empty while nothing failed', () => {
    expect(lastProblem(en, 'en', undefined).textContent).toBe('');
  });
});
