import type { Handlers } from '../messaging/router';
import type { Blocked } from './blocked-people';
import { importBlocklistFile, listBlocksNamed, removeBlock } from './blocklist';
import type { Derived } from './derived';
import { recordFlow } from './flow-record';
import { readForBadges } from './inpage-read';
import type { KeptAnswers } from './kept-answers';
import { pendingAnswer, popupAnswer, popupListUnscored, POPUP_LIMIT } from './pending-answer';
import type { Deps } from './profiles';
import type { RequestIndex } from './request-index';
import { queryRequests } from './requests-query';
import type { ScoringContext } from './scoring-state';
import { getSettings } from './settings-store';
import { clearVerdict, setVerdict } from './verdicts';

type RequestHandlers = Pick<Handlers, 'requests/pending' | 'requests/popup' | 'requests/query' | 'inpage/requests' | 'inpage/verdict' | 'inpage/flow-done' | 'blocklist/list' | 'blocklist/import' | 'blocklist/remove' | 'verdict/set' | 'verdict/clear'>;

/** Triage: the pending requests with their scores (popup, dashboard, badges), verdicts, the blocklist and the flows' results. */
export function requestHandlers(deps: Deps, scoring: Derived<ScoringContext>, requestIndex: Derived<RequestIndex>, kept: KeptAnswers, blocked: Derived<Blocked>): RequestHandlers {
  return {
    async 'requests/pending'(payload) {
      return pendingAnswer(deps, scoring, kept, payload.limit ?? POPUP_LIMIT);
    },
    async 'requests/popup'(payload) {
      const limit = payload.limit ?? POPUP_LIMIT;
      return payload.unscored ? popupListUnscored(deps, kept, limit) : popupAnswer(deps, scoring, kept, limit);
    },
    async 'requests/query'(payload) {
      return queryRequests(deps, requestIndex, scoring, payload);
    },
    async 'inpage/requests'(payload) {
      const settings = await getSettings(deps);
      if (!settings.inPageBadges) return { show: false, items: [] };
      const items = await readForBadges(deps, scoring, payload, blocked.get);
      return { show: true, items: payload.brief ? items.map((i) => (i.score ? { ...i, score: { ...i.score, reasons: [] } } : i)) : items };
    },
    async 'inpage/verdict'(payload) {
      const [item] = await readForBadges(deps, scoring, { ...payload, keys: [payload.key] }, blocked.get);
      if (!item?.requestId) throw new Error('inpage/verdict: no request from this person');
      return { id: (await setVerdict(deps, { requestId: item.requestId, verdict: payload.verdict })).id };
    },
    async 'inpage/flow-done'(payload) {
      return recordFlow(deps, payload);
    },
    async 'blocklist/list'() {
      return listBlocksNamed(deps);
    },
    async 'blocklist/import'(payload) {
      return importBlocklistFile(deps, payload.text);
    },
    async 'blocklist/remove'(payload) {
      return removeBlock(deps, payload);
    },
    async 'verdict/set'(payload) {
      return { id: (await setVerdict(deps, payload)).id };
    },
    async 'verdict/clear'(payload) {
      return clearVerdict(deps, payload);
    },
  };
}
