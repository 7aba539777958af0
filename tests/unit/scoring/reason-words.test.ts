import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { translatorFromMessages, type MessageKey, type Translate } from '../../../utils/i18n';
import { toInput } from '../../../utils/journal/scoring-state';
import { contactCount } from '../../../utils/scoring/signals/contact-count';
import { contactJump } from '../../../utils/scoring/signals/contact-jump';
import type { Reason } from '../../../utils/scoring/types';
import { monthInWords, withValuesInWords } from '../../../utils/ui-words';
import { req, run } from './helpers';

type Messages = Parameters<typeof translatorFromMessages>[0];
const words = (messages: object, locale: string): Translate => withValuesInWords(translatorFromMessages(messages as Messages), locale);
const shown = (t: Translate, r: Reason | null) => t(r!.reason.key as MessageKey, r!.reason.subs);
const AT = Date.UTC(2026, 10, 20);

/** The scorer's input for a XING request whose sender's profile said "999+" and this membership start, as the journal builds it. */
function fromProfile(memberSince: string) {
  return toInput(
    { v: 1, id: 'r1', platform: 'xing', direction: 'received', personId: 'p1', key: 'Anna_Berg', note: '', firstSeenAt: AT, lastSeenAt: AT, state: 'pending', history: [{ state: 'pending', at: { from: AT, to: AT }, by: 'observed' }] } as never,
    { v: 1, id: 'p1', displayName: 'Anna Berg', tags: [], notes: '', createdAt: AT, updatedAt: AT } as never,
    { latest: { facts: { name: 'Anna Berg', contacts: { count: 999, atLeast: true }, memberSince } } } as never,
  );
}

// Review of the words, finding 3: the profile said "März 2019"; the reason said "Mitglied seit 2019-03".
describe('a membership month in a reason is written in words, in the UI language', () => {
  it.each([
    ['März 2019', 'de', '999+ Kontakte, Mitglied seit März 2019 (bei langjährigen Mitgliedern üblich: ein schwaches Zeichen)'],
    ['März 2019', 'en', '999+ contacts, member since March 2019 (common for long-standing members: a weak sign)'],
    ['Mitglied seit Oktober 2012', 'en-GB', '999+ contacts, member since October 2012 (common for long-standing members: a weak sign)'],
    ['2016', 'de', '999+ Kontakte, Mitglied seit 2016 (bei langjährigen Mitgliedern üblich: ein schwaches Zeichen)'],
  ])('profile "%s" → %s', (since, locale, expected) => {
    const text = shown(words(locale.startsWith('de') ? de : en, locale), run(contactCount, fromProfile(since)));
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\d{4}-\d{2}/);
  });

  it.each([
    ['2019-03', 'de', 'März 2019'],
    ['2019-3', 'en', 'March 2019'],
    ['2019', 'en', '2019'],
    ['2019-13', 'de', '2019-13'],
    ['seit kurzem', 'de', 'seit kurzem'],
  ])('monthInWords(%s, %s) → %s', (value, locale, expected) => {
    expect(monthInWords(value, locale)).toBe(expected);
  });

  it('leaves every other message and value as it is', () => {
    const t = words(en, 'en');
    expect(t('sigContactsYoungProfile', ['999+', '2019'])).toBe(translatorFromMessages(en as Messages)('sigContactsYoungProfile', ['999+', '2019']));
    expect(t('personContactsAtLeast', '999')).toBe('999+ contacts');
  });
});

// Review of the words, finding 10: "120 neue Kontakte in 1 Tagen" after two visits a day apart.
describe('contact growth between two visits: one day in the singular', () => {
  it.each([
    [1.2, 'de', '120 neue Kontakte an einem Tag zwischen zwei Besuchen des Profils'],
    [1.2, 'en', '120 new contacts in one day between two visits of the profile'],
    [3, 'de', '120 neue Kontakte in 3 Tagen zwischen zwei Besuchen des Profils'],
    [3, 'en', '120 new contacts in 3 days between two visits of the profile'],
  ])('%s days apart (%s)', (days, locale, expected) => {
    const r = run(contactJump, req({ sender: { contactCount: 420, contactsSeen: { from: 300, to: 420, days } } }));
    expect(shown(words(locale === 'de' ? de : en, locale), r)).toBe(expected);
  });
});
