// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Recognition } from '../../../components/journal/Recognition';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { translatorFromMessages } from '../../../utils/i18n';
import { uiWords, wordsLocale } from '../../../utils/ui-words';
import { renderIn } from '../helpers/render-in';

const NOW = Date.UTC(2026, 10, 23, 12);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The browser's getMessage over one locale file (as the browser picks it: de for German, en for everything else). */
const getMessageOf = (messages: object) => translatorFromMessages(messages as Parameters<typeof translatorFromMessages>[0]) as (key: string, subs?: string[]) => string;

// Review of the words, finding 11: a French browser reads English words (the default locale) with French dates.
describe('dates and numbers in the language the words are in', () => {
  it.each([
    ['fr', 'en-GB', 'en-GB'],
    ['fr-CH', 'en-GB', 'en-GB'],
    ['nl', 'en-GB', 'en-GB'],
    ['pt_BR', 'en-GB', 'en-GB'],
    ['de', 'de', 'de'],
    ['de-AT', 'de', 'de-AT'],
    ['de_CH', 'de', 'de-CH'],
    ['en-US', 'en-GB', 'en-US'],
    ['en', 'en-GB', 'en'],
    ['en-US', '', 'en-US'],
    ['fr', '', 'en-GB'],
    ['', 'de', 'de'],
    ['not a locale!', 'de', 'de'],
  ])('browser %j, words %j → %s', (ui, words, locale) => {
    expect(wordsLocale(ui, words)).toBe(locale);
  });

  it.each([
    ['fr', 'en', 'Met at AUFSCHWUNG-Messe on 14 Mar 2026'],
    ['pl', 'en', 'Met at AUFSCHWUNG-Messe on 14 Mar 2026'],
    ['de-DE', 'de', 'Getroffen: AUFSCHWUNG-Messe, 14. März 2026'],
    ['en-US', 'en', 'Met at AUFSCHWUNG-Messe on Mar 14, 2026'],
  ])('the recognition card on a %s browser', (ui, lang, expected) => {
    const messages = lang === 'de' ? de : en;
    const words = uiWords(getMessageOf(messages), ui);
    expect(words.lang).toBe(lang);
    const summary = { lastMet: { at: Date.UTC(2026, 2, 14, 12), eventName: 'AUFSCHWUNG-Messe' }, openReminders: [], meetings: 1 } as never;
    expect(text(renderIn(messages, <Recognition summary={summary} locale={words.locale} now={NOW} />))).toContain(expected);
  });

  it('its translator writes reason months in that language too', () => {
    const words = uiWords(getMessageOf(en), 'fr');
    expect(words.t('sigContactsCappedOld', ['999+', '2019-03'])).toContain('member since March 2019');
  });
});
