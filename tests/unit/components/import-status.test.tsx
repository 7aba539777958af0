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
