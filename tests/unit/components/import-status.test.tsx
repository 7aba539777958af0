// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../helpers/render-in';
import { I18nProvider } from '../../../components/i18n';
import { translatorFromMessages } from '../../../utils/i18n';
import { ANNOUNCE_MS, ImportStatus } from '../../../components/dashboard/ImportStatus';
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

// Review of the import UI: sizes, the file's own findings, lines, and what a re-import or a quarantine says.
describe('what the section says while and after an import runs', () => {
  const text = (state: ImportState, messages: object = en, locale = 'en') => renderIn(messages, <ImportStatus state={state} locale={locale} onCancel={() => {}} />).textContent;
  const sending = (done: number, total: number): ImportState => ({ kind: 'running', job: 'import', phase: 'sending', done, total });

  it.each([
    [sending(3126, 3126), en, 'en', 'Handing the file over: 3 kB of 3 kB'],
    [sending(1000, 50_000), de, 'de', 'Datei wird übergeben: 1 kB von 50 kB'],
    [sending(500_000, 2_000_000), en, 'en', 'Handing the file over: 0.5 MB of 2 MB'],
    [sending(12_345_678, 40_000_000), de, 'de', 'Datei wird übergeben: 12,3 MB von 40 MB'],
  ])('%#: a size in the unit its total calls for (never "0 MB of 0 MB")', (state, messages, locale, expected) => {
    const root = renderIn(messages, <ImportStatus state={state} locale={locale} onCancel={() => {}} />);
    expect(root.querySelector('[data-phase]')!.textContent).toBe(expected);
  });

  it('a finding of the whole file (row 0) is a sentence about the file; a row with its line names the line', () => {
    const state: ImportState = {
      kind: 'refused', fileName: 'messages.csv', errorCount: 2,
      errors: [{ row: 0, reason: 'owner', problem: 'owner-unknown' }, { row: 2, line: 6, reason: 'x', problem: 'no-name' }],
    };
    expect(text(state)).toBe('messages.csv was not imported: the file does not show which participant is you (two people take part in every conversation equally often). Nothing was changed.'
      + 'messages.csv was not imported: nothing was changed. Rows with errors:Line 6: first and last name are empty');
    expect(text(state, de, 'de')).not.toMatch(/Zeile 0|Zeile 2/);
  });

  it('a re-import\'s unchanged people, and the records quarantined on the way', () => {
    const state: ImportState = { kind: 'imported', fileName: 'Connections.csv', rows: 2, peopleAdded: 0, peopleMerged: 1, peopleUnchanged: 1, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: 2 };
    expect(text(state, de, 'de')).toBe('Connections.csv importiert: 2 Zeilen; 0 Personen neu, 1 mit Personen im Journal zusammengeführt, 0 Anfragen und 0 Nachrichten neu.'
      + '1 Person war bereits im Journal; die Datei enthielt nichts Neues zu ihr.2 beschädigte Einträge wurden in die Quarantäne verschoben.');
  });

  it('a file too large is refused by name with the limit; the last import by its receipt', () => {
    expect(text({ kind: 'too-large', fileName: 'messages.csv', limit: 100_000_000 })).toBe('messages.csv was not imported: the file is larger than 100 MB, the most Handschlag reads at once. Nothing was changed.');
    expect(text({ kind: 'earlier', fileName: 'Connections.csv', at: Date.UTC(2026, 2, 14, 13, 2) }, de, 'de')).toMatch(/^Letzter Import: Connections.csv, 14\. März 2026/);
  });

  it('German says "Hintergrunddienst", as the rest of the dashboard does', () => {
    expect(text({ kind: 'interrupted', job: 'import', landed: false }, de, 'de')).toMatch(/\(der Hintergrunddienst von Handschlag wurde beendet\)/);
    expect(text({ kind: 'interrupted', job: 'restore', landed: false }, de, 'de')).toMatch(/\(der Hintergrunddienst von Handschlag wurde beendet\)/);
  });
});

// A screen reader hears the start, then at most every ANNOUNCE_MS a new quarter; the live region holds no button.
describe('what the live region announces', () => {
  it('the start, then a new quarter only after ANNOUNCE_MS; nothing once the job has ended', () => {
    let clock = 1_000_000;
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const root = document.createElement('div');
      const show = (state: ImportState) => {
        render(<I18nProvider value={translatorFromMessages(en as never)}><ImportStatus state={state} locale="en" onCancel={() => {}} /></I18nProvider>, root);
        return root.querySelector('[aria-live]')!.textContent;
      };
      const writing = (done: number): ImportState => ({ kind: 'running', job: 'import', phase: 'writing', done, total: 100 });
      expect(show({ kind: 'idle' })).toBe('');
      expect(show(writing(1))).toBe('Writing to the journal: 1 of 100');
      clock += 1000;
      expect(show(writing(30))).toBe('Writing to the journal: 1 of 100'); // a new quarter, but too soon
      clock += ANNOUNCE_MS;
      expect(show(writing(40))).toBe('Writing to the journal: 40 of 100');
      clock += ANNOUNCE_MS;
      expect(show(writing(45))).toBe('Writing to the journal: 40 of 100'); // the same quarter
      expect(show({ kind: 'cancelled' })).toBe('');
      expect(root.querySelector('[aria-live] button')).toBe(null);
    } finally {
      now.mockRestore();
    }
  });
});

// Review of the import (unconfirmed point): the file picker a keyboard user chose with is disabled while the import
// runs, and Cancel goes when it ends; the focus fell to the top of the page both times.
describe('the keyboard focus through an import', () => {
  const running: ImportState = { kind: 'running', job: 'import', fileName: 'Connections.csv', phase: 'reading', done: 0, total: 10 } as ImportState;
  const imported: ImportState = { kind: 'imported', fileName: 'Connections.csv', format: 'linkedin-connections', rows: 2, peopleAdded: 2, peopleMerged: 0, peopleUnchanged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: 0 } as ImportState;
  const mount = () => {
    const root = document.createElement('div');
    document.body.append(root);
    const show = (state: ImportState) => render(<I18nProvider value={translatorFromMessages(en as never)}><button type="button" data-testid="elsewhere">x</button><ImportStatus state={state} locale="en" onCancel={() => {}} /></I18nProvider>, root);
    return { root, show };
  };

  it('moves to Cancel when the run starts and to the outcome when it ends, where the focus was lost', () => {
    const { root, show } = mount();
    show({ kind: 'idle' } as ImportState);
    (document.activeElement as HTMLElement | null)?.blur();
    show(running);
    expect(document.activeElement?.textContent).toBe('Cancel');
    show(imported);
    expect(document.activeElement).toBe(root.querySelector('[data-testid="import-status"]'));
    root.remove();
  });

  it('leaves the focus where the user put it', () => {
    const { root, show } = mount();
    show({ kind: 'idle' } as ImportState);
    root.querySelector<HTMLButtonElement>('[data-testid="elsewhere"]')!.focus();
    show(running);
    show(imported);
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('elsewhere');
    root.remove();
  });
});
