import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportedData } from '../../../utils/import';
import { utf16Of, windows1252 } from '../../../utils/import/decode';
import { IMPORT_FIXTURES, NOW } from './fixtures';

// Issue 19: a vCard saved as UTF-16 (Outlook's and Notepad's "Unicode", XING contacts re-saved on Windows) was
// refused as an unknown kind of file, and so was a CSV saved as UTF-16 without a byte-order mark. No real vCard
// sample exists under ../shared/real-samples/, so the made-up vCard fixtures (and the real Connections.csv) are
// re-encoded here: every encoding must give exactly what the UTF-8 file gives.

const utf8Text = (name: string) => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(resolve(IMPORT_FIXTURES, name)));

/** The text as UTF-16 code units, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, bigEndian: boolean, mark: boolean): Uint8Array {
  const units = (mark ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    out[2 * i] = bigEndian ? code >> 8 : code & 0xff;
    out[2 * i + 1] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

const ENCODINGS = [
  ['UTF-16LE with its mark', (text: string) => utf16(text, false, true)],
  ['UTF-16BE with its mark', (text: string) => utf16(text, true, true)],
  ['UTF-16LE without a mark', (text: string) => utf16(text, false, false)],
  ['UTF-16BE without a mark', (text: string) => utf16(text, true, false)],
] as const;

const parse = (name: string, bytes: Uint8Array): ImportedData => {
  let id = 0;
  return parseImport(name, bytes, { now: () => NOW, newId: () => `p${++id}` });
};

const FILES = [
  'made-up_xing_vcards-3.0_several.vcf',
  'made-up_xing_vcard-4.0.vcf',
  'made-up_corrupt_vcards.vcf',
  'Connections_2024_notes-preamble.pseudonymised.csv',
  'made-up_Connections_2025_crlf-bom.csv',
  'made-up_Invitations_2024_7-columns.csv',
  'made-up_messages_2024_with-drafts.csv',
];

describe('a file saved as UTF-16 imports exactly as its UTF-8 twin', () => {
  it.each(FILES.flatMap((file) => ENCODINGS.map(([how, encode]) => [file, how, encode] as const)))('%s in %s', (file, _how, encode) => {
    const text = utf8Text(file);
    const twin = parse(file, new TextEncoder().encode(text));
    expect(twin.people.length + twin.errors.length).toBeGreaterThan(0); // the twin itself reads
    expect(parse(file, encode(text))).toEqual(twin);
  });

  // Outlook writes vCard 2.1 in Windows-1252 and says so on each line; saved again as UTF-16, the label stays
  // while the letters are UTF-16 now. A quoted-printable value still holds bytes of the named charset.
  const OUTLOOK = [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;LANGUAGE=de;CHARSET=Windows-1252:Weiß;Jörg',
    'FN;CHARSET=Windows-1252:Jörg Weiß',
    'ORG;CHARSET=Windows-1252:Bäckerei Weiß GmbH',
    'TITLE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Gesch=E4ftsf=FChrer',
    'URL;WORK:https://www.xing.com/profile/Joerg_Weiss',
    'UID:040000008200E00074C5B7101A82E00800000000',
    'END:VCARD',
    '',
  ].join('\r\n');
  const cp1252 = Uint8Array.from(OUTLOOK, (c) => c.charCodeAt(0)); // the letters here have the same code in both

  it.each(ENCODINGS)('an Outlook vCard 2.1 labelled Windows-1252, re-saved in %s, reads as the Windows-1252 original', (_how, encode) => {
    const original = parse('Jörg Weiß.vcf', cp1252);
    expect(original.people.map((p) => [p.person.displayName, p.person.company, p.person.headline, p.identity?.key])).toEqual([['Jörg Weiß', 'Bäckerei Weiß GmbH', 'Geschäftsführer', 'Joerg_Weiss']]);
    expect(parse('Jörg Weiß.vcf', encode(windows1252(cp1252)))).toEqual(original);
  });
});

describe('utf16Of: which files are UTF-16', () => {
  const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  it.each([
    ['a mark, little-endian', utf16('BEGIN:VCARD', false, true), 'utf-16le'],
    ['a mark, big-endian', utf16('BEGIN:VCARD', true, true), 'utf-16be'],
    ['no mark, little-endian', utf16('First Name,Last Name', false, false), 'utf-16le'],
    ['no mark, big-endian', utf16('First Name,Last Name', true, false), 'utf-16be'],
    ['no mark, little-endian, mostly CJK after ASCII names', utf16('FN:山田太郎\r\nN:山田;太郎\r\n', false, false), 'utf-16le'],
    ['no mark, big-endian, mostly CJK after ASCII names', utf16('FN:山田太郎\r\nN:山田;太郎\r\n', true, false), 'utf-16be'],
    ['UTF-8', new TextEncoder().encode('BEGIN:VCARD\r\nFN:Jörg Weiß'), null],
    ['UTF-8 with its mark', new TextEncoder().encode('\uFEFFFirst Name,Last Name'), null],
    ['UTF-8 of CJK letters', new TextEncoder().encode('FN:山田太郎 一二三'), null],
    ['Windows-1252', latin('First Name;Last Name\r\nJörg;Weiß'), null],
    ['empty', new Uint8Array(0), null],
    ['one byte', Uint8Array.of(0x42), null],
    ['one ASCII letter as UTF-16 without a mark (too short to tell)', utf16('B', false, false), null],
  ] as const)('%s', (_what, bytes, encoding) => {
    expect(utf16Of(bytes)).toBe(encoding);
  });
});
