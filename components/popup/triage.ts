import type { Band, RequestView } from './request-view';

export type BandFilter = 'all' | Band;
export type PlatformFilter = 'all' | 'xing' | 'linkedin';
/** suggested: likely genuine and unclear first (newest first), likely collectors folded away; or one plain order. */
export type SortKey = 'suggested' | 'newest' | 'score';

export interface TriageOptions {
  band: BandFilter;
  platform: PlatformFilter;
  sort: SortKey;
}

export const DEFAULT_TRIAGE: TriageOptions = { band: 'all', platform: 'all', sort: 'suggested' };

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
 * band filter or another order shows one plain list. Pure.
 */
export function arrange(items: readonly RequestView[], options: TriageOptions): { main: RequestView[]; folded: RequestView[] } {
  const shown = items.filter((i) => (options.platform === 'all' || i.platform === options.platform) && (options.band === 'all' || i.score?.band === options.band));
  if (options.sort === 'newest') return { main: [...shown].sort(newest), folded: [] };
  if (options.sort === 'score' || options.band !== 'all') return { main: [...shown].sort(byScore), folded: [] };
  const main = shown.filter((i) => !isCollector(i)).sort((a, b) => RANK[verdictBand(a)] - RANK[verdictBand(b)] || newest(a, b));
  const folded = shown.filter(isCollector).sort(byScore);
  return { main, folded };
}

const verdictBand = (item: RequestView): Band | 'none' => (item.verdict === 'genuine' ? 'genuine' : item.score?.band ?? 'none');

// Kept here for the callers that import it with the triage (the card, tests).
export { relativeTime } from './relative-time';
