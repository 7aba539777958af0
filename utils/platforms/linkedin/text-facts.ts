import type { ContactCount } from '../../model/people';
import { cleanText } from '../../text/clean';
import { parseCount } from '../dom';
import { CARD_TIME, CLOCK, CONTACTS_TEXT, DEGREE_HINT, DEGREE_TEXT, DISTANCE_VALUE, MUTUAL_HINT, MUTUAL_LINES } from './selectors';

// Pure readers for the short texts LinkedIn shows next to people, in English and German. No DOM here.

export type Degree = 1 | 2 | 3;

/** "· 2nd", "2nd degree connection", "· 2.", "Kontakt 2. Grades", "3rd+" → 2 / 3; anything else undefined. */
export function parseDegree(raw: string | null | undefined): Degree | undefined {
  const text = cleanText(raw);
  if (!DEGREE_HINT.test(text)) return undefined;
  for (const re of DEGREE_TEXT) {
    const m = re.exec(text);
    if (m?.[1]) return Number(m[1]) as Degree;
  }
  return undefined;
}

/** Voyager/SDUI "DISTANCE_2" → 2. */
export function parseDistance(raw: unknown): Degree | undefined {
  const m = typeof raw === 'string' ? DISTANCE_VALUE.exec(raw) : null;
  return m?.[1] ? (Number(m[1]) as Degree) : undefined;
}

export interface MutualLine {
  /** How many mutual connections the line stands for ("X and 12 other mutual connections" = 13). */
  count: number;
  /** The names the line spells out, in order. */
  names: string[];
}

/**
 * A mutual-connections line: "Tobias Lang and 12 other mutual connections" → 13 with one name,
 * "Tobias Lang, Anna Schmidt und 11 weitere gemeinsame Kontakte" → 13 with two, "27 mutual connections" → 27,
 * "Anna Schmidt ist ein gemeinsamer Kontakt" → 1. Undefined for any other text.
 */
export function parseMutual(raw: string | null | undefined): MutualLine | undefined {
  const text = cleanText(raw);
  if (!MUTUAL_HINT.test(text)) return undefined;
  for (const { re, kind } of MUTUAL_LINES) {
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'count') {
      const count = toInt(m[1]);
      return count === undefined ? undefined : { count, names: [] };
    }
    // A name the page hides (a control around it, a lazy render) leaves an empty slot ("Tobias Lang, und 11 weitere"):
    // the count would be off by one, so such a line is not read at all.
    const first = splitNames(m[1]);
    if (!first) return undefined;
    if (kind === 'one') return { count: 1, names: first };
    if (kind === 'two') {
      const second = splitNames(m[2]);
      return second ? { count: 2, names: [...first, ...second] } : undefined;
    }
    const others = toInt(m[2]);
    return others === undefined ? undefined : { count: others + first.length, names: first };
  }
  return undefined;
}

function splitNames(raw: string | undefined): string[] | undefined {
  const names = (raw ?? '').split(/\s*,\s*/).map((n) => cleanText(n));
  return names.length && names.every(Boolean) ? names : undefined;
}

function toInt(raw: string | undefined): number | undefined {
  const n = Number((raw ?? '').replace(/[.,\s]/g, ''));
  return raw && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** "500+ connections" → {500, atLeast}, "312 connections", "87 Kontakte"; undefined for other text. */
export function parseContacts(raw: string | null | undefined): ContactCount | undefined {
  const m = CONTACTS_TEXT.exec(cleanText(raw));
  return m?.[1] ? parseCount(m[1]) : undefined;
}

/** True for the visible time line of an invitation card ("Yesterday", "Sent 3 days ago", "vor 1 Woche"). */
export function isCardTime(raw: string | null | undefined): boolean {
  const text = cleanText(raw);
  return text.length > 0 && text.length < 60 && CARD_TIME.some((re) => re.test(text));
}

/** Minutes after midnight of a bare clock ("09:12", "4:18 PM"), or undefined. */
export function clockMinutes(raw: string | null | undefined): number | undefined {
  const m = CLOCK.exec(cleanText(raw));
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[3]?.toLowerCase();
  if (hour > 23 || minute > 59 || (meridiem && (hour < 1 || hour > 12))) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return hour * 60 + minute;
}
