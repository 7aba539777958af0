import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { pageTypeLabel } from '../../../components/dashboard/page-type-words';
import { formatCadences, parseCadences, parseTags, plural } from '../../../components/journal/words';
import { translatorFromMessages } from '../../../utils/i18n';
import { PAGE_TYPES } from '../../../utils/platforms/page-types';
import { formatDay, fromIsoDay, isoDay } from '../../../utils/text/dates';

const tDe = translatorFromMessages(de);
const tEn = translatorFromMessages(en);

describe('words and manners', () => {
  it('German UI text says "Sie", never "Du"', () => {
    // The composer's choice of address names the word itself ("Vertraut (Du)"): that is a label, not an address.
    const NAMES_THE_FORM = new Set(['compose_addressDu']);
    for (const [key, entry] of Object.entries(de as Record<string, { message: string }>)) {
      if (NAMES_THE_FORM.has(key)) continue;
      expect(entry.message, key).not.toMatch(/\b(Du|Dich|Dir|Dein(?!stall)\w*|dein(?!stall)\w*|du|dich|dir)\b/);
    }
  });

  it.each([
    ['de', tDe, 1, '1 Person'],
    ['de', tDe, 2, '2 Personen'],
    ['de', tDe, 30000, '30.000 Personen'],
    ['en', tEn, 1, '1 person'],
    ['en', tEn, 0, '0 people'],
  ] as const)('plural %s %d', (locale, t, n, text) => expect(plural(t, locale, 'journal_people', n)).toBe(text));

  it('dates carry the month name in both languages', () => {
    const day = Date.UTC(2026, 2, 14, 12);
    expect(formatDay(day, 'en-GB')).toBe('14 Mar 2026');
    expect(formatDay(day, 'de')).toBe('14. März 2026');
    expect(fromIsoDay(isoDay(day))).not.toBeNull();
    expect(fromIsoDay('14.03.2026')).toBeNull();
  });

  it('no page type is shown as a code', () => {
    for (const type of PAGE_TYPES) {
      for (const t of [tDe, tEn]) {
        const label = pageTypeLabel(t, type);
        expect(label, type).not.toContain(type);
        expect(label, type).not.toMatch(/journal_|\./);
      }
    }
    expect(pageTypeLabel(tEn, 'linkedin.invitations.received')).toBe('LinkedIn contact requests received');
    // A platform no reader knows (a foreign record in a restored backup) is an unknown page, not a failure sentence.
    expect(pageTypeLabel(tDe, 'myspace.profile')).toBe('Unbekannte Seite');
    expect(pageTypeLabel(tEn, 'myspace.profile')).toBe('Unknown page');
  });

  it('reads tags and cadences as typed', () => {
    expect(parseTags(' messe, kunde ,, ')).toEqual(['messe', 'kunde']);
    expect(parseCadences('kunde: 90\n\n Partner :30 ')).toEqual({ kunde: 90, Partner: 30 });
    expect(parseCadences('kunde 90')).toBeNull();
    expect(parseCadences('kunde: 0')).toBeNull();
    expect(formatCadences({ kunde: 90 })).toBe('kunde: 90');
  });

  // Issue 18's own example is "every 3 months": a cadence may name its unit, in German or English.
  it.each([
    ['kunde: 3 Monate', { kunde: 90 }],
    ['customer: 3 months', { customer: 90 }],
    ['VIP: 1 Monat', { VIP: 30 }],
    ['partner: 12 weeks', { partner: 84 }],
    ['Partner: 2 Wochen', { Partner: 14 }],
    ['alumni: 1 Jahr', { alumni: 365 }],
    ['alumni: 2 years', { alumni: 730 }],
    ['kunde: 90 Tage', { kunde: 90 }],
    ['kunde: 45 days', { kunde: 45 }],
    ['kunde: 1 day', { kunde: 1 }],
    ['kunde: 3 Mon.', null],
    ['kunde: 3 fortnights', null],
    ['kunde: 11 years', null],
    ['kunde: drei Monate', null],
    ['kunde: 0 Monate', null],
  ] as const)('%s', (text, expected) => {
    expect(parseCadences(text)).toEqual(expected);
  });

  it('a validation error of the settings has words in both languages', () => {
    expect(tDe('journal_thresholdsOrder')).toMatch(/Schwelle/);
    expect(tEn('journal_thresholdsOrder')).toMatch(/threshold/);
  });
});
