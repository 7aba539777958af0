import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { NOW } from './fixtures';

// XING contacts as address books re-save them (issue 19): Apple Contacts and Google Contacts escape the colon of a URL
// (`https\://`), Apple files social profiles as X-SOCIALPROFILE, Windows Notepad puts a byte-order mark first.

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n') + '\r\n';
const parse = (bytes: Uint8Array) => {
  let id = 0;
  return parseImport('contacts.vcf', bytes, { now: () => NOW, newId: () => `p${++id}` });
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('XING profile URLs in address-book vCards', () => {
  it.each([
    ['an unescaped URL (as before)', card('FN:Edda Kranz', 'URL:https://www.xing.com/profile/Edda_Kranz'), 'xing:Edda_Kranz'],
    ['Google: a grouped URL with an escaped colon', card('FN:Edda Kranz', 'item1.URL:https\\://www.xing.com/profile/Edda_Kranz', 'item1.X-ABLabel:XING'), 'xing:Edda_Kranz'],
    ['Apple: a typed, grouped URL with an escaped colon', card('FN:Edda Kranz', 'item3.URL;type=pref:http\\://xing.com/profile/Edda_Kranz'), 'xing:Edda_Kranz'],
    ['Apple: X-SOCIALPROFILE', card('FN:Edda Kranz', 'X-SOCIALPROFILE;type=xing;x-user=Edda_Kranz:http://www.xing.com/profile/Edda_Kranz'), 'xing:Edda_Kranz'],
    ['X-SOCIALPROFILE escaped', card('FN:Edda Kranz', 'X-SOCIALPROFILE;type=xing:https\\://www.xing.com/profile/Edda_Kranz'), 'xing:Edda_Kranz'],
    ['the XING one of several URLs', card('FN:Edda Kranz', 'URL:https\\://kranz.example.org/', 'X-SOCIALPROFILE;type=linkedin:https\\://www.linkedin.com/in/edda-kranz', 'item2.URL:https\\://www.xing.com/profile/Edda_Kranz'), 'xing:Edda_Kranz'],
    ['no XING URL: filed by name', card('FN:Edda Kranz', 'X-SOCIALPROFILE;type=twitter:https\\://twitter.com/eddakranz'), 'xing~name:edda kranz'],
  ] as const)('%s', (_what, text, ref) => {
    const data = parse(utf8(text));
    expect(data.errors).toEqual([]);
    expect(data.people.map((p) => p.ref)).toEqual([ref]);
  });
});

describe('vCard escapes', () => {
  it.each([
    ['\\, and \\; in a structured value', 'ORG:Kranz\\, Lind \\; Partner;Vertrieb', 'company', 'Kranz, Lind ; Partner'],
    ['any other escaped character is itself', 'TITLE:Leiterin \\"Digital\\" \\: Nord', 'headline', 'Leiterin "Digital" : Nord'],
    ['an escaped backslash is one backslash', 'TITLE:A\\\\B', 'headline', 'A\\B'],
    ['a lone backslash at the end stays', 'TITLE:Ende\\', 'headline', 'Ende\\'],
    ['\\n is a line break (a one-line field makes it a space)', 'TITLE:Eins\\nZwei', 'headline', 'Eins Zwei'],
  ] as const)('%s', (_what, line, field, value) => {
    const data = parse(utf8(card('FN:Edda Kranz', line)));
    expect(data.people[0]!.person[field]).toBe(value);
  });
});

describe('a vCard file with a UTF-8 byte-order mark', () => {
  const BOM = [0xef, 0xbb, 0xbf];
  it.each([
    ['one card', card('FN:Edda Kranz', 'URL:https://www.xing.com/profile/Edda_Kranz'), ['Edda Kranz']],
    ['two cards: the first is not lost', card('FN:Edda Kranz') + card('FN:Udo Lind'), ['Edda Kranz', 'Udo Lind']],
    ['a 2.1 card', 'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Kranz;Edda\r\nEND:VCARD\r\n', ['Edda Kranz']],
  ] as const)('%s', (_what, text, names) => {
    const data = parse(Uint8Array.from([...BOM, ...utf8(text)]));
    expect(data.errors).toEqual([]);
    expect(data.rows).toBe(names.length);
    expect(data.people.map((p) => p.person.displayName)).toEqual(names);
  });
});
