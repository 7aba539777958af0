// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in';
import { ImportStatus } from '../../../components/dashboard/ImportStatus';
import type { ImportState } from '../../../components/dashboard/import-state';
import { parseFixture } from '../import/fixtures';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const shown = (state: ImportState, messages: object, locale: string) => {
  const root = renderIn(messages, <ImportStatus state={state} locale={locale} onCancel={() => {}} />);
  return [...root.querySelectorAll('li')].map((li) => li.textContent);
};

// A refused file's rows are named in the user's language (the parser's reasons are English, for import-check).
describe('a refused import in the dashboard', () => {
  const errors = parseFixture('made-up_corrupt_Connections.csv').errors;
  const refused: ImportState = { kind: 'refused', fileName: 'Connections.csv', errors, errorCount: errors.length };

  it('words every row with a code in German', () => {
    // Row 2's odd date is no error since issue 19 (the row imports without it); the date code's words: import-problem-text.test.ts.
    expect(shown(refused, de, 'de')).toEqual([
      'Zeile 3: 6 Zellen, die Kopfzeile hat 7',
      'Zeile 4: keine LinkedIn-Profiladresse: https://www.example.com/in/sven',
    ]);
  });

  it('in English as the parser says it; a finding without a code keeps its reason', () => {
    const withOther: ImportState = { ...refused, errors: [...errors, { row: 9, reason: 'Quoted field unterminated' }] };
    expect(shown(withOther, en, 'en')).toEqual([
      'Row 3: 6 cells where the header has 7',
      'Row 4: not a LinkedIn profile address: https://www.example.com/in/sven',
      'Row 9: Quoted field unterminated',
    ]);
  });
});

// A restore's counts take the plural form the language needs (Intl.PluralRules), not "1 people".
describe('a restore\'s result counts in the right plural form', () => {
  const text = (state: ImportState, messages: object, locale: string) => renderIn(messages, <ImportStatus state={state} locale={locale} onCancel={() => {}} />).textContent;
  it.each([
    [en, 'en', 1, 1, 'The backup was restored: 1 person.1 damaged record was put into quarantine.'],
    [en, 'en', 2, 2, 'The backup was restored: 2 people.2 damaged records were put into quarantine.'],
    [en, 'en', 0, 0, 'The backup was restored: 0 people.'],
    [en, 'en', 30000, 0, 'The backup was restored: 30,000 people.'],
    [de, 'de', 1, 1, 'Die Sicherung wurde wiederhergestellt: 1 Person.1 beschädigter Eintrag wurde in die Quarantäne verschoben.'],
    [de, 'de', 2, 3, 'Die Sicherung wurde wiederhergestellt: 2 Personen.3 beschädigte Einträge wurden in die Quarantäne verschoben.'],
    [de, 'de', 30000, 0, 'Die Sicherung wurde wiederhergestellt: 30.000 Personen.'],
  ])('%#: %s, %d people, %d quarantined', (messages, locale, people, quarantined, expected) => {
    expect(text({ kind: 'restored', people, quarantined }, messages, locale)).toBe(expected);
  });
});

// One XING vCard is the usual XING import: "1 row; 1 person added", never "1 rows; 1 people".
describe('an import\'s result counts in the right plural form', () => {
  const imported = (rows: number, added: number, requests: number, messages: number, unchanged: number): ImportState =>
    ({ kind: 'imported', fileName: 'kontakte.vcf', rows, peopleAdded: added, peopleMerged: 0, requestsAdded: requests, messagesAdded: messages, unchanged });
  const paragraphs = (state: ImportState, messages: object, locale: string) =>
    [...renderIn(messages, <ImportStatus state={state} locale={locale} onCancel={() => {}} />).querySelectorAll('p')].map((p) => p.textContent);
  it.each([
    [en, 'en', imported(1, 1, 1, 1, 1), ['Imported kontakte.vcf: 1 row; 1 person added, 0 merged with people already in the journal, 1 request and 1 message added.', '1 request or message was already in the journal.']],
    [en, 'en', imported(1200, 2, 0, 3, 2), ['Imported kontakte.vcf: 1,200 rows; 2 people added, 0 merged with people already in the journal, 0 requests and 3 messages added.', '2 requests or messages were already in the journal.']],
    [de, 'de', imported(1, 1, 1, 1, 1), ['kontakte.vcf importiert: 1 Zeile; 1 Person neu, 0 mit Personen im Journal zusammengeführt, 1 Anfrage und 1 Nachricht neu.', '1 Anfrage oder Nachricht war schon im Journal.']],
    [de, 'de', imported(1200, 2, 0, 3, 0), ['kontakte.vcf importiert: 1.200 Zeilen; 2 Personen neu, 0 mit Personen im Journal zusammengeführt, 0 Anfragen und 3 Nachrichten neu.']],
  ])('%#: %s', (messages, locale, state, expected) => {
    expect(paragraphs(state, messages, locale)).toEqual(expected);
  });
});
