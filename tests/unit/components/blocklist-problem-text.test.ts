import { describe, expect, it } from 'vitest';
import { blocklistProblemText } from '../../../components/dashboard/blocklist-problem-text';
import { plural } from '../../../components/journal/words';
import { translatorFromMessages } from '../../../utils/i18n';
import { BLOCKLIST_PROBLEMS, type BlocklistError } from '../../../utils/blocklist/problems';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

type Messages = Parameters<typeof translatorFromMessages>[0];
const tEn = translatorFromMessages(en as Messages);
const tDe = translatorFromMessages(de as Messages);
const HEADER = 'platform,profile key,name,reason,date';

// Review finding 9: every code is worded in both languages; no English developer text reaches a German user.
const CASES: [BlocklistError, string, string][] = [
  [{ problem: 'json', detail: [] }, 'the JSON cannot be read (it is incomplete or not valid JSON)', 'das JSON lässt sich nicht lesen (es ist unvollständig oder kein gültiges JSON)'],
  [{ problem: 'not-list', detail: [] }, 'the JSON is not a list of entries', 'das JSON ist keine Liste von Einträgen'],
  [{ problem: 'header', detail: [HEADER] }, `no line names the columns; the first line should be: ${HEADER}`, `keine Zeile nennt die Spalten; die erste Zeile sollte lauten: ${HEADER}`],
  [{ row: 1, problem: 'entry', detail: [] }, 'not an entry with the fields platform, key, name, reason, date', 'kein Eintrag mit den Feldern platform, key, name, reason, date'],
  [{ row: 1, problem: 'platform', detail: ['myspace'] }, 'the site must be XING or LinkedIn, not "myspace"', 'die Plattform muss XING oder LinkedIn sein, nicht „myspace“'],
  [{ row: 1, problem: 'platform', detail: [''] }, 'the site is missing: write XING or LinkedIn', 'die Plattform fehlt: Schreiben Sie XING oder LinkedIn'],
  [{ row: 1, problem: 'key-empty', detail: [] }, 'the profile key is empty', 'der Profilschlüssel ist leer'],
  [{ row: 1, problem: 'key-url', detail: ['XING', 'https://www.linkedin.com/in/x/'] }, 'not a XING profile address: https://www.linkedin.com/in/x/', 'keine XING-Profiladresse: https://www.linkedin.com/in/x/'],
  [
    { row: 1, problem: 'key-invalid', detail: ['Lucas Moreau'] },
    '"Lucas Moreau" is not a profile key: take it from the profile address (xing.com/profile/First_Last, linkedin.com/in/name), or enter the whole address',
    '„Lucas Moreau“ ist kein Profilschlüssel: Übernehmen Sie ihn aus der Profiladresse (xing.com/profile/Vorname_Nachname, linkedin.com/in/name) oder tragen Sie die ganze Adresse ein',
  ],
  [{ row: 1, problem: 'key-long', detail: ['200'] }, 'the profile key is longer than 200 characters', 'der Profilschlüssel ist länger als 200 Zeichen'],
  [{ row: 1, problem: 'name-long', detail: ['500'] }, 'the name is longer than 500 characters', 'der Name ist länger als 500 Zeichen'],
  [{ row: 1, problem: 'reason-long', detail: ['500'] }, 'the reason is longer than 500 characters', 'der Grund ist länger als 500 Zeichen'],
  [{ row: 1, problem: 'date', detail: ['Kevin 2'] }, '"Kevin 2" is not a date: write it as 2026-03-14 or 14.03.2026', '„Kevin 2“ ist kein Datum: Schreiben Sie es als 14.03.2026 oder 2026-03-14'],
  [{ row: 1, problem: 'date', detail: [''] }, 'the date is missing: write it as 2026-03-14 or 14.03.2026', 'das Datum fehlt: Schreiben Sie es als 14.03.2026 oder 2026-03-14'],
  [{ row: 1, problem: 'duplicate', detail: ['1200'] }, 'the same profile as row 1,200, with another reason or date', 'dasselbe Profil wie Zeile 1.200, mit anderem Grund oder Datum'],
  [{ row: 1, problem: 'quote-unclosed', detail: [] }, 'a cell opens a quotation mark that is never closed', 'in einer Zelle fehlt das schließende Anführungszeichen'],
  [{ row: 1, problem: 'quote-malformed', detail: [] }, 'a quotation mark inside a quoted cell is not doubled', 'ein Anführungszeichen innerhalb einer Zelle in Anführungszeichen ist nicht verdoppelt'],
  [{ row: 1, problem: 'csv-split', detail: [] }, 'the row could not be split into cells', 'die Zeile lässt sich nicht in Zellen aufteilen'],
];

describe('blocklistProblemText', () => {
  it.each(CASES)('%o', (error, english, german) => {
    expect(blocklistProblemText(tEn, 'en', error)).toBe(english);
    expect(blocklistProblemText(tDe, 'de', error)).toBe(german);
  });

  it('the table covers every code', () => {
    expect(new Set(CASES.map(([e]) => e.problem))).toEqual(new Set(BLOCKLIST_PROBLEMS));
  });

  it.each([
    ['triage_importRefused', 1, 'Nothing was imported: 1 row is not valid.', 'Nichts wurde importiert: 1 Zeile ist ungültig.'],
    ['triage_importRefused', 2, 'Nothing was imported: 2 rows are not valid.', 'Nichts wurde importiert: 2 Zeilen sind ungültig.'],
    ['triage_importRefused', 1500, 'Nothing was imported: 1,500 rows are not valid.', 'Nichts wurde importiert: 1.500 Zeilen sind ungültig.'],
    ['triage_importRepeated', 1, '1 row repeated an earlier row of the file and was read once.', '1 Zeile wiederholte eine frühere Zeile der Datei und wurde einmal gelesen.'],
    ['triage_importRepeated', 3, '3 rows repeated earlier rows of the file and were read once.', '3 Zeilen wiederholten frühere Zeilen der Datei und wurden je einmal gelesen.'],
  ] as const)('%s with %d in the right plural form', (base, count, english, german) => {
    expect(plural(tEn, 'en', base, count)).toBe(english);
    expect(plural(tDe, 'de', base, count)).toBe(german);
  });
});
