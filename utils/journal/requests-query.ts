import { foldForSearch } from '../text/fold';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { blockOf, readRequests, type IndexRow, type RequestIndex } from './request-index';
import { judgedFor, scoresFor, type Judged } from './request-scores';
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

const bandOf = (judged: ReadonlyMap<string, Judged | null>, row: IndexRow): Band | undefined => {
  if (row.direction === 'sent') return 'unscored';
  const score = judged.get(row.id);
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
  // Scores kept from earlier answers (and the toolbar count); all of the rows only when a band or the score order needs them.
  const byBand = input.band !== 'all' || input.sort === 'score';
  const judged = await judgedFor(deps, scoring, base.filter((r) => r.direction === 'received').map((r) => r.id), byBand);

  const states = { pending: 0, accepted: 0, declined: 0, ignored: 0, withdrawn: 0, gone: 0, reported: 0, blocked: 0 };
  const platforms = { xing: 0, linkedin: 0 };
  const bands = { genuine: 0, unclear: 0, collector: 0, unscored: 0 };
  let bandsKnown = true;
  const matched: IndexRow[] = [];
  for (const row of base) {
    const band = bandOf(judged, row);
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
    const value = (row: IndexRow) => judged.get(row.id)?.value ?? -1;
    matched.sort((a, b) => value(b) - value(a) || b.at - a.at);
  }

  const page = matched.slice(input.offset, input.offset + input.limit);
  // The page's scores with their reasons (a hundred at most); their value and band are kept for later answers.
  const scored = page.filter((r) => r.direction === 'received');
  const full = await scoresFor(deps, scoring, scored);
  const reasons = new Map(scored.map((row, j) => [row.id, full[j]?.score]));
  const records = new Map((await readRequests(deps, page.map((r) => r.id))).map((r) => [r.id, r]));
  const items = page.flatMap((row): RequestRow[] => {
    const request = records.get(row.id);
    const person = index.people.get(row.personId);
    if (!request || !person) return [];
    const score = reasons.get(row.id);
    const verdict = index.verdicts.get(row.id);
    const block = blockOf(index, row);
    return [{ request, person, at: row.at, ...(score ? { score } : {}), ...(verdict ? { verdict } : {}), ...(block ? { blocked: block } : {}) }];
  });
  return { items, total: matched.length, all: index.rows.length, states, platforms, ...(bandsKnown ? { bands } : {}) };
}
