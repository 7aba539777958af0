import { describe, expect, it } from 'vitest';
import { importProblemText } from '../../../components/dashboard/import-problem-text';
import { translatorFromMessages } from '../../../utils/i18n';
import { ROW_PROBLEMS, type RowError } from '../../../utils/import/types';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

type Messages = Parameters<typeof translatorFromMessages>[0];
const tEn = translatorFromMessages(en as Messages);
const tDe = translatorFromMessages(de as Messages);

// Every code a parser gives is worded in both languages; the parser's English reason is never what a German user reads.
const CASES: [RowError, string, string][] = [
  [{ row: 1, problem: 'cells', detail: ['6', '7'], reason: '' }, '6 cells where the header has 7', '6 Zellen, die Kopfzeile hat 7'],
  [{ row: 1, problem: 'date', detail: ['Connected On', '31 Feb'], reason: '' }, '"Connected On" is not a date: 31 Feb', '„Connected On“ ist kein Datum: 31 Feb'],
  [{ row: 1, problem: 'no-name', detail: [], reason: '' }, 'first and last name are empty', 'Vor- und Nachname sind leer'],
  [{ row: 1, problem: 'direction', detail: ['SIDEWAYS'], reason: '' }, '"Direction" is neither INCOMING nor OUTGOING: SIDEWAYS', '„Direction“ ist weder INCOMING noch OUTGOING: SIDEWAYS'],
  [{ row: 1, problem: 'profile-url', detail: ['LinkedIn', 'https://x.test'], reason: '' }, 'not a LinkedIn profile address: https://x.test', 'keine LinkedIn-Profiladresse: https://x.test'],
  [{ row: 1, problem: 'vcard-end', detail: ['3'], reason: '' }, 'vCard without END:VCARD (line 3)', 'vCard ohne END:VCARD (Zeile 3)'],
  [{ row: 1, problem: 'vcard-end-of-file', detail: [], reason: '' }, 'vCard without END:VCARD at the end of the file', 'vCard ohne END:VCARD am Ende der Datei'],
  [{ row: 1, problem: 'vcard-no-name', detail: [], reason: '' }, 'the vCard has no name (FN or N)', 'die vCard hat keinen Namen (FN oder N)'],
  [{ row: 1, problem: 'quote-unclosed', detail: [], reason: 'Quoted field unterminated' }, 'a cell opens a quotation mark that is never closed', 'in einer Zelle fehlt das schließende Anführungszeichen'],
  [{ row: 1, problem: 'quote-malformed', detail: [], reason: 'Trailing quote on quoted field is malformed' }, 'a quotation mark inside a quoted cell is not doubled', 'ein Anführungszeichen innerhalb einer Zelle in Anführungszeichen ist nicht verdoppelt'],
  [{ row: 1, problem: 'csv-split', detail: [], reason: 'Unable to auto-detect delimiting character' }, 'the row could not be split into cells', 'die Zeile lässt sich nicht in Zellen aufteilen'],
  [{ row: 0, problem: 'owner-unknown', detail: [], reason: '' }, 'the file does not show which participant is you (two people take part in every conversation equally often)', 'die Datei zeigt nicht, wer von den Beteiligten Sie sind (in jedem Gespräch kommen zwei Personen gleich oft vor)'],
  [{ row: 1, problem: 'other', detail: ['person.name: Too big'], reason: 'person.name: Too big' }, 'the row is not valid: person.name: Too big', 'die Zeile ist ungültig: person.name: Too big'],
  // An `other` finding from an older worker, without its detail: the reason fills the placeholder.
  [{ row: 1, problem: 'other', reason: 'boom' }, 'the row is not valid: boom', 'die Zeile ist ungültig: boom'],
  // No code at all (an older worker's answer): the parser's reason as it is.
  [{ row: 1, reason: 'Quoted field unterminated' }, 'Quoted field unterminated', 'Quoted field unterminated'],
];

describe('importProblemText', () => {
  it.each(CASES)('%o', (error, english, german) => {
    expect(importProblemText(tEn, error)).toBe(english);
    expect(importProblemText(tDe, error)).toBe(german);
  });

  it('the table covers every code', () => {
    expect(new Set(CASES.map(([e]) => e.problem).filter(Boolean))).toEqual(new Set(ROW_PROBLEMS));
  });

  it.each(ROW_PROBLEMS)('%s has a message of its own in both locales (no key, no placeholder left over)', (problem) => {
    const error: RowError = { row: 1, problem, detail: ['x', 'y'], reason: 'REASON' };
    for (const t of [tEn, tDe]) {
      const text = importProblemText(t, error);
      expect(text).not.toMatch(/^import_problem_|\$/);
      expect(text).not.toBe('REASON');
    }
  });
});
