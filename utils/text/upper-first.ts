/**
 * The text with its first character in upper case ("you helped them" → "You helped them" as a heading), by code point
 * so an emoji or other astral character is never split, and in the locale's rules when one is given. Pure.
 */
export function upperFirst(text: string | undefined, locale?: string): string {
  if (!text) return '';
  const first = String.fromCodePoint(text.codePointAt(0)!);
  return first.toLocaleUpperCase(locale) + text.slice(first.length);
}
