import { translatorFromGetMessage, type Translate } from './i18n';
import { MONTH_SUBS } from './scoring/reason-values';

/** What an entry point (popup, dashboard, in-page UI, worker) words and formats its texts with. */
export interface UiWords {
  t: Translate;
  /** The locale for Intl (dates, numbers, plural rules): always of the language the words are in. */
  locale: string;
  lang: 'de' | 'en';
}

/**
 * The locale dates, numbers and plurals are formatted in. The browser shows its own language's locale file when
 * there is one and the default (English) otherwise, so a French browser reads English words: its dates must be
 * English too, not "14 mars 2026" beside "Met at". `words` is the locale of the file in use (its `wordsLocale`
 * message: "de", or "en-GB" as the English file is written); the browser's own region is kept when the languages
 * agree ("de-AT", "en-US"). Pure.
 */
export function wordsLocale(uiLanguage: string, words: string): string {
  const own = canonical(words) ?? 'en-GB';
  const ui = canonical(uiLanguage);
  return ui && language(ui) === language(own) ? ui : own;
}

const language = (locale: string) => locale.split('-')[0]!.toLowerCase();
function canonical(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined; // empty, or not a locale Intl reads
  }
}

// A formatter is costly to make and a list words many reasons in one locale.
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const yearFormats = new Map<string, Intl.DateTimeFormat>();
function formatIn(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** "2019-03" → "März 2019" / "March 2019", "2019" → "2019"; anything else as it is. Pure. */
export function monthInWords(value: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{1,2}))?$/.exec(value.trim());
  if (!m) return value;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return value;
  const at = Date.UTC(Number(m[1]), month - 1, 1);
  return m[2] === undefined ? formatIn(yearFormats, locale, { year: 'numeric' }).format(at) : formatIn(monthFormats, locale, { month: 'long', year: 'numeric' }).format(at);
}

/** A translator that writes the values of MONTH_SUBS in words of `locale` before it fills them in. Pure. */
export function withValuesInWords(t: Translate, locale: string): Translate {
  return (key, subs) => {
    const months = MONTH_SUBS[key];
    if (!months || subs === undefined) return t(key, subs);
    const list = (Array.isArray(subs) ? subs : [subs]).map(String);
    return t(key, list.map((value, i) => (months.includes(i) ? monthInWords(value, locale) : value)));
  };
}

/**
 * The one place that decides the UI's words and locale, for every entry point: the translator over the
 * browser's `getMessage`, and the locale of the locale file the browser actually shows.
 */
export function uiWords(getMessage: (key: string, subs?: string[]) => string, uiLanguage: string): UiWords {
  const locale = wordsLocale(uiLanguage, getMessage('wordsLocale'));
  return { t: withValuesInWords(translatorFromGetMessage(getMessage), locale), locale, lang: locale.startsWith('de') ? 'de' : 'en' };
}
