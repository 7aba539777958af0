import type { MessageKey, Translate } from './i18n';

/** The stem of every message that comes in a "_one" and an "_other" form (so a new pair needs no edit here). */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

/**
 * A count with its noun in the right plural form for the language (Intl.PluralRules): German and English
 * need only "one" and "other"; other categories fall back to "other".
 */
export function plural(t: Translate, locale: string, base: PluralBase, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const key = `${base}_${category === 'one' ? 'one' : 'other'}` as MessageKey;
  return t(key, new Intl.NumberFormat(locale).format(count));
}
