import { describe, expect, it } from 'vitest';
import { decodeText, windows1252 } from '../../../utils/import/decode';
import { parseImport } from '../../../utils/import';
import { NOW, parseFixture } from './fixtures';

// Exports the user opened and saved again in Excel or Google Sheets (issue 19): other encodings, other separators.

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of a text of Latin-1 letters (ä ö ü ß é: the same code in both). */
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + 2 * text.length);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + 2 * i);
  }
  return out;
};

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8('Jörg Weiß'), 'Jörg Weiß'],
    ['UTF-8 with a byte-order mark', utf8('\uFEFFJörg Weiß'), 'Jörg Weiß'],
    ['Windows-1252 (not UTF-8): read as such, not as U+FFFD', cp1252('Jörg Weiß, Café'), 'Jörg Weiß, Café'],
    ['Windows-1252 letters and marks at 0x80-0x9F', Uint8Array.from([0x8a, 0x61, 0x20, 0x84, 0x78, 0x93, 0x20, 0x80, 0x20, 0x96, 0x20, 0xe4]), 'Ša „x“ € – ä'],
    ['UTF-16LE with its mark', utf16('Jörg\tWeiß', false), 'Jörg\tWeiß'],
    ['UTF-16BE with its mark', utf16('Jörg\tWeiß', true), 'Jörg\tWeiß'],
    ['an emoji in UTF-8 stays', utf8('Ada 🚀'), 'Ada 🚀'],
  ] as const)('%s', (_what, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('windows1252 reads the five bytes Windows-1252 leaves unused as C1 controls, as browsers do', () => {
    expect(windows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008D\u008F\u0090\u009D');
  });
});

const HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const ROWS = [
  ['Jörg', 'Weißmüller', 'https://www.linkedin.com/in/joerg-weissmueller', '', 'Bäckerei Öhler', 'Geschäftsführer', '16 Dec 2024'],
  ['Renée', 'Aßmann', 'https://www.linkedin.com/in/renee-assmann', '', 'Aßmann & Co', 'Leitung, Süd', '02 Jan 2025'],
];
/** A Connections.csv with the given separator and line end; a cell holding the separator or a comma is quoted. */
const connections = (sep: string, eol: string, rows = ROWS, preamble = '') =>
  preamble + [HEADER, ...rows].map((cells) => cells.map((c) => (c.includes(sep) || c.includes(',') ? `"${c}"` : c)).join(sep)).join(eol) + eol;
const EXPECTED = [
  ['joerg-weissmueller', 'Jörg Weißmüller', 'Bäckerei Öhler', 'Geschäftsführer', Date.UTC(2024, 11, 16)],
  ['renee-assmann', 'Renée Aßmann', 'Aßmann & Co', 'Leitung, Süd', Date.UTC(2025, 0, 2)],
];
const parse = (bytes: Uint8Array) => {
  let id = 0;
  return parseImport('Connections.csv', bytes, { now: () => NOW, newId: () => `p${++id}` });
};

describe('Connections.csv as a spreadsheet saves it', () => {
  it.each([
    ['UTF-8, comma (as LinkedIn writes it)', utf8(connections(',', '\n'))],
    ['Windows-1252, comma (Excel "CSV (comma delimited)")', cp1252(connections(',', '\r\n'))],
    ['UTF-8, semicolon (German Excel "CSV UTF-8")', utf8(`\uFEFF${connections(';', '\r\n')}`)],
    ['Windows-1252, semicolon, LinkedIn\'s preamble padded with `;` (German Excel "CSV")', cp1252(connections(';', '\r\n', ROWS, 'Notes:;;;;;;\r\n"When exporting, some e-mail addresses are missing.";;;;;;\r\n;;;;;;\r\n'))],
    ['UTF-16LE, tab (Excel "Unicode text")', utf16(connections('\t', '\r\n'), false)],
    ['UTF-16BE, comma', utf16(connections(',', '\n'), true)],
    ['Windows-1252, semicolon, German dates with and without a time', cp1252(connections(';', '\r\n', [
      [...ROWS[0]!.slice(0, 6), '16.12.2024'],
      [...ROWS[1]!.slice(0, 6), '02.01.2025 00:00'],
    ]))],
    ['UTF-8, comma, Excel\'s English dates', utf8(connections(',', '\r\n', [
      [...ROWS[0]!.slice(0, 6), '16-Dec-24'],
      [...ROWS[1]!.slice(0, 6), '2-Jan-2025'],
    ]))],
  ] as const)('%s', (_what, bytes) => {
    const data = parse(bytes);
    expect(data.errors).toEqual([]);
    expect(data.format).toBe('linkedin-connections');
    expect(data.people.map((p) => [p.identity?.key, p.person.displayName, p.person.company, p.person.headline, p.connectedAt?.from])).toEqual(EXPECTED);
  });

  it('German Excel\'s file of a whole export: `;`, Windows-1252, CRLF, the padded preamble, German dates, a hidden member', () => {
    const data = parseFixture('made-up_Connections_excel-de_semicolon-cp1252.csv');
    expect(data.errors).toEqual([]);
    expect(data.skipped).toEqual({ hidden: 1 });
    expect(data.people.map((p) => [p.identity?.key, p.person.displayName, p.person.company, p.person.headline, p.connectedAt])).toEqual([
      ['joerdis-weissenbaeck-5c6d7e', 'Jördis Weißenbäck', 'Weißenbäck Möbel GmbH', 'Geschäftsführerin', { from: Date.UTC(2024, 11, 16), to: Date.UTC(2024, 11, 17) - 1 }],
      ['bela-orsted', 'Béla Ørsted', 'Ørsted; Partner', 'Berater „Digital“', { from: Date.UTC(2025, 0, 2, 9, 30), to: Date.UTC(2025, 0, 2, 9, 31) - 1 }],
      ['gunnar-faehnrich', 'Gunnar Fähnrich', undefined, undefined, { from: Date.UTC(2018, 10, 20), to: Date.UTC(2018, 10, 21) - 1 }],
    ]);
  });
});

describe('the separator reaches every CSV reader', () => {
  it.each([
    ['Invitations.csv, semicolon', 'From;To;Sent At;Message;Direction\r\nLea Brandl;Nutzer Selbst;"12/1/24, 9:15 AM";Hallo, Grüße;INCOMING\r\n', 'linkedin-invitations', ['Lea Brandl'], 1, 0],
    ['messages.csv (2018), tab', 'From\tTo\tDate\tSubject\tContent\tDirection\tFolder\nLea Brandl\tNutzer Selbst\t3/2/18, 10:00 AM\t\tGuten Tag, Nutzer\tINCOMING\tINBOX\nNutzer Selbst\tLea Brandl\t3/2/18, 11:30 AM\t\tGern\tOUTGOING\tSENT\n', 'linkedin-messages', ['Lea Brandl'], 0, 2],
  ] as const)('%s', (_what, csv, format, people, requests, messages) => {
    const data = parse(utf8(csv));
    expect(data.errors).toEqual([]);
    expect({ format: data.format, people: data.people.map((p) => p.person.displayName), requests: data.requests.length, messages: data.messages.length }).toEqual({ format, people, requests, messages });
  });
});
