import { describe, expect, it } from 'vitest';
import { REQUESTS, WORDS } from '../../../../utils/platforms/xing/selectors';
import {
  afterLabel,
  companyFromLine,
  isLabel,
  isSystemLine,
  nameFitsKey,
  nameInLabel,
  nameTokens,
  parseContactCount,
  parseDegree,
  parseMutualCount,
  parseMutualLine,
  startsWithLabel,
} from '../../../../utils/platforms/xing/text';

describe('parseContactCount', () => {
  const rows: [string, { count: number; atLeast: boolean } | undefined][] = [
    ['999+ Kontakte', { count: 999, atLeast: true }],
    ['999+ contacts', { count: 999, atLeast: true }],
    ['187 contacts', { count: 187, atLeast: false }],
    ['432 Kontakte', { count: 432, atLeast: false }],
    ['1 Kontakt', { count: 1, atLeast: false }],
    ['1 contact', { count: 1, atLeast: false }],
    ['1.234 Kontakte', { count: 1234, atLeast: false }],
    ['1,234 contacts', { count: 1234, atLeast: false }],
    ['64', { count: 64, atLeast: false }],
    ['999+', { count: 999, atLeast: true }],
    ['3 gemeinsame Kontakte', undefined],
    ['4 shared contacts', undefined],
    ['Kontakte', undefined],
    ['Profilbesuche 1.284', undefined],
  ];
  it.each(rows)('%s', (text, want) => expect(parseContactCount(text)).toEqual(want));
});

describe('parseMutualCount / parseMutualLine', () => {
  const rows: [string, number | undefined, number | undefined][] = [
    ['12 gemeinsame Kontakte', 12, 12],
    ['1 gemeinsamer Kontakt', 1, 1],
    ['4 shared contacts', 4, 4],
    ['1 shared contact', 1, 1],
    ['2 mutual contacts', 2, 2],
    ['You and Rahul have 3 contacts in common.', 3, undefined],
    ['Du und Annika habt 5 gemeinsame Kontakte', 5, undefined],
    ['Gemeinsame Kontakte (3)', undefined, undefined],
    ['999+ Kontakte', undefined, undefined],
    ['Erhalten: gestern · 2 gemeinsame Kontakte', 2, undefined],
  ];
  it.each(rows)('%s', (text, count, line) => {
    expect(parseMutualCount(text)).toBe(count);
    expect(parseMutualLine(text)).toBe(line);
  });
});

describe('parseDegree', () => {
  const rows: [string, 1 | 2 | 3 | undefined][] = [
    ['Kontakt 2. Grades', 2],
    ['Kontakt 3. Grades', 3],
    ['2. Grad', 2],
    ['Direkter Kontakt', 1],
    ['Ihr seid Kontakte', 1],
    ['2nd degree contact', 2],
    ['3rd-degree contact', 3],
    ['1st degree', 1],
    ['Direct contact', 1],
    ['4th degree contact', undefined],
    ['How you’re connected', undefined],
    ['Kontakt 2. Grades seit 2019 und mehr Text', undefined],
  ];
  it.each(rows)('%s', (text, want) => expect(parseDegree(text)).toBe(want));
});

describe('label matching (both languages)', () => {
  const exact: [string, readonly string[], boolean][] = [
    ['Ich suche', WORDS.wants, true],
    ['Wants', WORDS.wants, true],
    ['WANTS:', WORDS.wants, true],
    ['Ich biete', WORDS.haves, true],
    ['Haves', WORDS.haves, true],
    ['Ich suche nach Kunden', WORDS.wants, false],
    ['Mitglied seit', WORDS.memberSince, true],
    ['Member since:', WORDS.memberSince, true],
    ['Erhalten:', WORDS.receivedLabel, true],
    ['Received', WORDS.receivedLabel, true],
    ['Gesendet:', WORDS.sentLabel, true],
    ['Keine persönliche Nachricht', WORDS.noNote, true],
    ['No personal message', WORDS.noNote, true],
    ['Keine persönliche Nachricht, aber …', WORDS.noNote, false],
  ];
  it.each(exact)('isLabel(%j)', (text, words, want) => expect(isLabel(text, words)).toBe(want));

  const prefix: [string, readonly string[], boolean][] = [
    ['Melde Dich an, um das vollständige Profil zu sehen', WORDS.loginWall, true],
    ['Log in to see the full profile', WORDS.loginWall, true],
    ['Einloggen', WORDS.loginWall, true],
    ['Einloggen-Probleme? Hilfe', WORDS.loginWall, false],
    ['Gemeinsame Kontakte (3)', WORDS.mutualHeading, true],
    ['Shared contacts', WORDS.mutualHeading, true],
    ['Gemeinsame Kontaktpflege', WORDS.mutualHeading, false],
    ['Keine offenen Kontaktanfragen', WORDS.emptyRequests, true],
    ['No open contact requests at the moment.', WORDS.emptyRequests, true],
  ];
  it.each(prefix)('startsWithLabel(%j)', (text, words, want) => expect(startsWithLabel(text, words)).toBe(want));

  const after: [string, string | undefined][] = [
    ['Mitglied seit Oktober 2024', 'Oktober 2024'],
    ['Member since: 2012', '2012'],
    ['Mitglied seitdem', undefined],
    ['Mitglied seit', undefined],
  ];
  it.each(after)('afterLabel(%j)', (text, want) => expect(afterLabel(text, WORDS.memberSince)).toBe(want));
});

describe('companyFromLine', () => {
  const rows: [string, string | undefined][] = [
    ['Leiter Einkauf bei Hanseblick Logistik GmbH', 'Hanseblick Logistik GmbH'],
    ['Lead Data Engineer at Nordlicht Mobility GmbH', 'Nordlicht Mobility GmbH'],
    ['Founder @ Brooks Growth Lab', 'Brooks Growth Lab'],
    ['Freelance UX Designer', undefined],
    ['Freiberuflicher Berater', undefined],
  ];
  it.each(rows)('%s', (line, want) => expect(companyFromLine(line)).toBe(want));
});

describe('isSystemLine (anchored, so a message that mentions acceptance stays a message)', () => {
  const rows: [string, boolean][] = [
    ['Du hast die Kontaktanfrage von Ralf Menzel angenommen. Ihr seid jetzt Kontakte.', true],
    ['Ralf Menzel hat Deine Kontaktanfrage angenommen.', true],
    ['Ralf Menzel hat Ihre Kontaktanfrage angenommen', true],
    ['You and Marco Bianchi are now contacts.', true],
    ['Marco Bianchi accepted your contact request.', true],
    ['Hallo Frau Vogel, vielen Dank, dass Sie meine Kontaktanfrage angenommen haben!', false],
    ['Hi Oliver, thanks for accepting my request!', false],
  ];
  it.each(rows)('%s', (text, want) => expect(isSystemLine(text)).toBe(want));
});

describe('nameFitsKey (page names are transliterated)', () => {
  const rows: [string, string, boolean][] = [
    ['Annika Böhm', 'Annika_Boehm3', true],
    ['Jürgen Weißmann', 'Juergen_Weissmann', true],
    ['Élodie Fournier', 'Elodie_Fournier', true],
    ['Mehmet Yılmaz', 'Mehmet_Yilmaz3', true],
    ['Sven Ødegaard', 'Sven_Odegaard', true],
    ['Dragan Petrović', 'Dragan_Petrovic', true],
    ['Zoë Martin', 'Zoe_Martin2', true],
    ['Jörg Müller', 'Jörg_Müller', true],
    ['Katrin Vogel', 'Annika_Boehm3', false],
    ['Mein Profil', 'Annika_Boehm3', false],
  ];
  it.each(rows)('%s ~ %s', (name, key, want) => expect(nameFitsKey(name, key)).toBe(want));
});

describe('nameTokens (marks removed by explicit Latin ranges, not the \\p{M} table)', () => {
  // The reference: the same steps with Unicode's whole mark category.
  const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
  const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };
  const reference = (raw: string): string[] => {
    const out = new Set<string>();
    const lower = raw.normalize('NFC').toLowerCase();
    for (const expand of [true, false]) {
      let text = expand ? lower.replace(/[äöü]/g, (c) => GERMAN[c] ?? c) : lower;
      text = text.replace(/[ßøæœłđıþð]/g, (c) => FOLD[c] ?? c).normalize('NFD').replace(/\p{M}+/gu, '');
      for (const token of text.split(/[^a-z]+/)) if (token.length >= 2) out.add(token);
    }
    return [...out].sort();
  };
  const names = [
    'Jürgen Weißmann', 'Élodie Fournier-Lefèvre', 'Nguyễn Thị Minh Khai', 'Dragan Petrović', 'Łukasz Żółkiewski',
    'Søren Kierkegaard', 'Ærø Ørsted', 'Çağla Şahin', 'Ilıca Yılmaz', 'Ștefan Țurcanu', 'Ján Ďurček', 'Ōtsuka Yūko',
    'Þór Guðmundsson', 'François Ôde', 'Zoë Brontë', 'Ævar Kjartansson', 'Ñuño Peña', 'Kateřina Dvořáková',
    'Άννα Παπαδοπούλου', 'Алексей Иванов', 'José\u0301 Combining', 'a\u20DDb enclosing', 'x\uFE20y half marks',
  ];
  it.each(names)('%s', (name) => expect([...nameTokens(name)].sort()).toEqual(reference(name)));
  it('equals the reference on random Latin letters with combining marks', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pool = ['a', 'e', 'o', 'u', 'n', 'z', 'ä', 'ø', 'ß', ' ', '-', '\u0301', '\u0308', '\u030C', '\u0327', '\u1DC4', '\u0323', 'ı', 'ł'];
    for (let i = 0; i < 500; i++) {
      const s = Array.from({ length: 1 + (next() % 14) }, () => pool[next() % pool.length]).join('');
      expect([...nameTokens(s)].sort(), JSON.stringify(s)).toEqual(reference(s));
    }
  });
});

describe('nameInLabel (names in card aria-labels)', () => {
  const rows: [string, string | undefined][] = [
    ['Kontaktanfrage von Felix Gärtner annehmen', 'Felix Gärtner'],
    ['Kontaktanfrage von Felix Gärtner ablehnen', 'Felix Gärtner'],
    ['Kontaktanfrage an Matthias Ebert zurückziehen', 'Matthias Ebert'],
    ['Accept contact request from Priya Raman', 'Priya Raman'],
    ['Withdraw contact request to Fatima Haddad', 'Fatima Haddad'],
    ['Weitere Optionen für Aylin Demir', 'Aylin Demir'],
    ['Message from Kevin Brooks', 'Kevin Brooks'],
    ['Deine Nachricht', undefined],
    ['Mehr', undefined],
  ];
  it.each(rows)('%s', (label, want) => expect(nameInLabel(label, REQUESTS.nameAria)).toBe(want));
});
