import { foldForSearch } from '../text/fold';
import type { MyProfile } from './state/types';
import { stem, words } from './text/normalize';

/**
 * Finds things specific to the user (company, city, events, Wants/Haves) in a text. Pure; works on folded
 * text so "Köln" matches "koln" and "Weber & Söhne" matches "weber & sohne".
 */
export interface MeMatches {
  company?: string;
  city?: string;
  event?: string;
  wants?: string;
}

const LEGAL = new Set(['gmbh', 'ag', 'kg', 'co', 'se', 'ltd', 'inc', 'llc', 'bv', 'sa', 'mbh', 'ohg', 'ug', 'und', 'and']);
const GENERIC_EVENT_WORDS = new Set([
  'messe', 'fair', 'kongress', 'congress', 'summit', 'forum', 'tag', 'day', 'days', 'conference', 'konferenz', 'event',
  'workshop', 'webinar', 'meetup', 'stammtisch', 'expo', 'digital', 'rheinland', 'international',
]);
const STOP = new Set([
  'fur', 'und', 'oder', 'mit', 'von', 'zum', 'zur', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'for', 'and', 'with',
  'the', 'from', 'into', 'neue', 'neuen', 'new',
]);
const CITY_ALIASES: Record<string, string[]> = {
  koln: ['cologne'], munchen: ['munich'], nurnberg: ['nuremberg'], 'frankfurt am main': ['frankfurt'],
  dusseldorf: ['duesseldorf'], wien: ['vienna'], zurich: ['zuerich'], hannover: ['hanover'],
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Weber & Söhne Maschinenbau GmbH" → a pattern for its first two distinctive words ("weber & sohne"). */
export function companyPattern(company: string | undefined): RegExp | undefined {
  if (!company) return undefined;
  const parts = words(foldForSearch(company)).filter((w) => !LEGAL.has(w));
  if (parts.length === 0 || (parts.length === 1 && parts[0]!.length < 4)) return undefined;
  const core = parts.slice(0, 2).map(escape).join('\\W*(?:&|und|and)?\\W*');
  return new RegExp(`\\b${core}\\b`);
}

function contentStems(text: string): string[] {
  return words(foldForSearch(text))
    .filter((w) => w.length >= 5 && !STOP.has(w))
    .map(stem);
}

export function matchMe(text: string, me: MyProfile | undefined): MeMatches {
  const out: MeMatches = {};
  if (!me || !text.trim()) return out;
  const folded = foldForSearch(text);
  const company = companyPattern(me.company)?.exec(folded);
  if (company) out.company = company[0];
  if (me.city) {
    const city = foldForSearch(me.city);
    for (const name of [city, ...(CITY_ALIASES[city] ?? [])]) {
      if (new RegExp(`\\b${escape(name)}\\b`).test(folded)) {
        out.city = name;
        break;
      }
    }
  }
  for (const event of me.events ?? []) {
    const distinct = words(foldForSearch(event)).filter((w) => w.length >= 4 && !GENERIC_EVENT_WORDS.has(w) && !/^\d+$/.test(w));
    const hit = distinct.find((w) => new RegExp(`\\b${escape(w)}`).test(folded));
    if (hit) {
      out.event = event;
      break;
    }
  }
  const noteStems = new Set(words(folded).map(stem));
  for (const item of [...(me.wants ?? []), ...(me.haves ?? [])].flatMap((w) => w.split(/[,;]/))) {
    const stems = [...new Set(contentStems(item))];
    if (stems.length === 0) continue;
    const found = stems.filter((s) => noteStems.has(s) || [...noteStems].some((n) => n.length >= 6 && (n.startsWith(s) || s.startsWith(n))));
    if (found.length >= Math.min(2, stems.length)) {
      out.wants = item.trim();
      break;
    }
  }
  return out;
}
