import type { Band, RequestView } from './request-view';

export type BandFilter = 'all' | Band;
export type PlatformFilter = 'all' | 'xing' | 'linkedin';
/** How recently the request arrived: within the last day, week or 30 days. */
export type AgeFilter = 'all' | 'day' | 'week' | 'month';
const AGE_MS: Record<Exclude<AgeFilter, 'all'>, number> = { day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 };
/** suggested: likely genuine and unclear first (newest first), likely collectors folded away; or one plain order. */
export type SortKey = 'suggested' | 'newest' | 'score';

export interface TriageOptions {
  band: BandFilter;
  platform: PlatformFilter;
  /** Absent: any time. */
  age?: AgeFilter;
  sort: SortKey;
}

export const DEFAULT_TRIAGE: TriageOptions = { band: 'all', platform: 'all', age: 'all', sort: 'suggested' };

const RANK: Record<Band | 'none', number> = { genuine: 0, unclear: 1, none: 2, collector: 3 };
const newest = (a: RequestView, b: RequestView) => b.seenAt - a.seenAt;
const byScore = (a: RequestView, b: RequestView) => (b.score?.value ?? -1) - (a.score?.value ?? -1) || newest(a, b);

/**
 * What the user judged outweighs the score: her "collector" or "spam" folds a request away, her "genuine" keeps it
 * up; a sender she put on the blocklist is folded away whatever the score.
 */
function isCollector(item: RequestView): boolean {
  if (item.verdict) return item.verdict !== 'genuine';
  return item.blocked === true || item.score?.band === 'collector';
}

/**
 * The popup's order for "who deserves my attention?". By default likely genuine and unclear requests come first
 * (newest first within each band) and the likely collectors go into one folded group (highest score first); a
 * band filter or another order shows one plain list. An age filter keeps the requests that arrived since `now`
 * minus a day, a week or 30 days. Pure.
 */
export function arrange(items: readonly RequestView[], options: TriageOptions, now = Number.POSITIVE_INFINITY): { main: RequestView[]; folded: RequestView[] } {
  const since = !options.age || options.age === 'all' ? Number.NEGATIVE_INFINITY : now - AGE_MS[options.age];
  const shown = items.filter((i) => (options.platform === 'all' || i.platform === options.platform) && (options.band === 'all' || i.score?.band === options.band) && i.seenAt >= since);
  if (options.sort === 'newest') return { main: [...shown].sort(newest), folded: [] };
  if (options.sort === 'score' || options.band !== 'all') return { main: [...shown].sort(byScore), folded: [] };
  const main = shown.filter((i) => !isCollector(i)).sort((a, b) => RANK[verdictBand(a)] - RANK[verdictBand(b)] || newest(a, b));
  const folded = shown.filter(isCollector).sort(byScore);
  return { main, folded };
}

const verdictBand = (item: RequestView): Band | 'none' => (item.verdict === 'genuine' ? 'genuine' : item.score?.band ?? 'none');

// Kept here for the callers that import it with the triage (the card, tests).
export { relativeTime } from './relative-time';
