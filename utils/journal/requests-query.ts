import { foldForSearch } from '../text/fold';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { blockOf, readRequests, type IndexRow, type RequestIndex } from './request-index';
import { scoresFor, type ScoreView } from './request-scores';
import type { ScoringContext } from './scoring-state';
import type { RequestFilters, RequestRow } from '../messaging/requests-protocol';
import type { Platform } from '../model/base';
import type { RequestState } from '../model/requests';

type Band = 'genuine' | 'unclear' | 'collector' | 'unscored';

export interface RequestsPage {
  items: RequestRow[];
  total: number;
  all: number;
  states: Record<RequestState, number>;
  platforms: Record<Platform, number>;
  bands?: Record<Band, number>;
}

/** Scores are computed in slices, so other messages (a badge, the popup) are answered in between. */
const SCORE_SLICE = 1000;

/** Scores for the received requests among `rows` that have none in the index yet (sent requests are not scored). */
async function ensureScores(deps: Deps, scoring: Derived<ScoringContext>, index: RequestIndex, rows: readonly IndexRow[]): Promise<void> {
  const missing = rows.filter((r) => r.direction === 'received' && !index.scores.has(r.id));
  for (let i = 0; i < missing.length; i += SCORE_SLICE) {
    const slice = missing.slice(i, i + SCORE_SLICE);
    remember(index, slice, await scoresFor(deps, scoring, slice));
    if (i + SCORE_SLICE < missing.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Keeps value and band of each row's score in the index. */
function remember(index: RequestIndex, rows: readonly IndexRow[], scores: readonly { score?: ScoreView }[]): void {
  rows.forEach((row, j) => {
    const score = scores[j]?.score;
    index.scores.set(row.id, score ? { value: score.value, band: score.band } : null);
  });
}

const bandOf = (index: RequestIndex, row: IndexRow): Band | undefined => {
  if (row.direction === 'sent') return 'unscored';
  const score = index.scores.get(row.id);
  return score === undefined ? undefined : score === null ? 'unscored' : score.band;
};

/**
 * One page of the journal's requests under the filters, with how many match and what each other state, site and
 * band would show. One pass over the cached index; scores are computed only for what a band filter or the score
 * order needs (then kept), else only for the page shown.
 */
export async function queryRequests(
  deps: Deps,
  indexed: Derived<RequestIndex>,
  scoring: Derived<ScoringContext>,
  input: RequestFilters & { offset: number; limit: number },
): Promise<RequestsPage> {
  const index = await indexed.get();
  const needle = foldForSearch(input.query ?? '');
  const from = input.from ?? 0;
  const to = input.to ?? Number.MAX_SAFE_INTEGER;
  const base = index.rows.filter((r) => (input.direction === 'all' || r.direction === input.direction) && r.at >= from && r.at <= to && (!needle || r.folded.includes(needle)));
  const byBand = input.band !== 'all' || input.sort === 'score';
  if (byBand) await ensureScores(deps, scoring, index, base);

  const states = { pending: 0, accepted: 0, declined: 0, ignored: 0, withdrawn: 0, reported: 0, blocked: 0 };
  const platforms = { xing: 0, linkedin: 0 };
  const bands = { genuine: 0, unclear: 0, collector: 0, unscored: 0 };
  let bandsKnown = true;
  const matched: IndexRow[] = [];
  for (const row of base) {
    const band = bandOf(index, row);
    const bandOk = input.band === 'all' || band === input.band;
    const stateOk = input.state === 'all' || row.state === input.state;
    const platformOk = input.platform === 'all' || row.platform === input.platform;
    if (platformOk && bandOk) states[row.state]++;
    if (stateOk && bandOk) platforms[row.platform]++;
    if (stateOk && platformOk) {
      if (band) bands[band]++;
      else bandsKnown = false;
      if (bandOk) matched.push(row);
    }
  }
  if (input.sort === 'oldest') matched.reverse();
  if (input.sort === 'score') {
    const value = (row: IndexRow) => index.scores.get(row.id)?.value ?? -1;
    matched.sort((a, b) => value(b) - value(a) || b.at - a.at);
  }

  const page = matched.slice(input.offset, input.offset + input.limit);
  // The page's scores with their reasons (a hundred at most): computed once here, value and band kept.
  const scored = page.filter((r) => r.direction === 'received');
  const full = await scoresFor(deps, scoring, scored);
  remember(index, scored, full);
  const reasons = new Map(scored.map((row, j) => [row.id, full[j]?.score]));
  const records = new Map((await readRequests(deps, page.map((r) => r.id))).map((r) => [r.id, r]));
  const items = page.flatMap((row): RequestRow[] => {
    const request = records.get(row.id);
    const person = index.people.get(row.personId);
    if (!request || !person) return [];
    const score = reasons.get(row.id);
    const verdict = index.verdicts.get(row.id);
    const block = blockOf(index, row);
    return [{ request, person, at: row.at, ...(score ? { score } : {}), ...(verdict ? { verdict } : {}), ...(block ? { blocked: { reason: block.reason, at: block.at } } : {}) }];
  });
  return { items, total: matched.length, all: index.rows.length, states, platforms, ...(bandsKnown ? { bands } : {}) };
}
