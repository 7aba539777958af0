import type { Handlers } from '../messaging/router';
import { detectPage } from '../platforms/detect';
import type { DetectedPage, PageType } from '../platforms/page-types';
import { listDiagnostics, recordParseOutcome } from './diagnostics';
import { DB_VERSION } from './migrations';
import { recordMessages } from './messages';
import { markRequestActed, recordRequestList } from './requests';
import { clearVerdict, setVerdict } from './verdicts';
import { importBlocks, listBlocks, removeBlock } from './blocklist';
import { parseBlocklistFile } from '../blocklist/file';
import { recordFlow } from './flow-record';
import { readForBadges } from './inpage-read';
import { pendingAnswer, popupAnswer, POPUP_LIMIT } from './pending-answer';
import { KEPT_MAX_AGE, keptAnswers, NO_ANSWER_STORE, type AnswerStore, type KeptAnswers } from './kept-answers';
import { settleAfterWrites } from './settle';
import { foreground } from './foreground';
import { listPeople, newestPeople } from './people-list';
import { buildPeopleIndex, fromKeptForm, type PeopleIndex } from './people-index';
import { PEOPLE_FIRST_PAGE } from '../messaging/limits';
import { derived, type Derived } from './derived';
import { loadScoringContext } from './scoring-load';
import type { ScoringContext } from './scoring-state';
import { HandlerError } from '../messaging/handler-error';
import { protocol, type MessageType } from '../messaging/protocol';
import { getPersonByIdentity, recordProfile, type Deps } from './profiles';
import type { Platform } from '../model/base';
import type { ProfileFacts } from '../model/people';
import { getSettings, readSettings, updateSettings } from './settings-store';
import { storeCounts } from './stats';
import { requireOwnPage, requireOwnPageType } from './sender-page';
import { journalHandlers, NO_REMINDER_SHELL, JOURNAL_WRITES, rescheduleReminders, type ReminderShell } from './journal-handlers';
import { personRecords } from './person-records';
import { importHandlers } from './import-handlers';
import type { ProgressPush } from '../messaging/import-protocol';
import { cardHandlers } from './card-handlers';
import type { CardShown, ProfileCardData } from '../messaging/card-protocol';
import { badgeHandlers, syncBadgeScript } from './badge-handlers';
import { buildRequestIndex, type RequestIndex } from './request-index';
import { queryRequests } from './requests-query';
import { draftHandlers } from './draft-handlers';
import { snapshotHandler, type SnapshotReader } from './snapshot-handler';

/** The page a capture came from, which must be of the expected type: what a message claims is checked against its URL. */
function requirePage(url: string, type: PageType): DetectedPage {
  const page = detectPage(url);
  if (!page || page.type !== type) throw new Error(`the URL is not a ${type} page`);
  return page;
}

/** The key comes from the URL, never from the page's text: a page cannot claim to be someone else. */
function profileObservation(payload: { platform: Platform; url: string; facts: ProfileFacts }) {
  const page = requirePage(payload.url, `${payload.platform}.profile`);
  if (!page.key) throw new Error('the URL names no profile');
  return { platform: payload.platform, key: page.key, url: payload.url, facts: payload.facts };
}

/** Messages that write to the journal: after each, what the worker derived from it is rebuilt (the scorer reads the user's own profile from the settings). */
const WRITES = new Set<MessageType>(['capture/profile', 'capture/manual', 'capture/requests', 'capture/messages', 'request/acted', 'verdict/set', 'verdict/clear', 'settings/update', 'import/run', 'backup/restore', 'inpage/verdict', 'inpage/flow-done', 'blocklist/remove', 'blocklist/import', ...JOURNAL_WRITES]);

/** Writes that may change the settings. */
const SETTINGS_WRITES = new Set<MessageType>(['settings/update', 'backup/restore']);

/** What a content script reads by itself: recorded only while automatic capture is on (when `auto` is set). */
const AUTOMATIC = new Set<MessageType>(['capture/profile', 'capture/requests', 'capture/messages', 'capture/failed', 'capture/snapshot']);

/** What the background does in tabs (given by its entrypoint: only entrypoints touch `browser.*`). */
export interface TabActions {
  /** Loads the site's full content script into the tab's top frame. */
  loadReader(tabId: number, platform: Platform): Promise<void>;
  /**
   * Loads the site's in-page badges into the tab's top frame; where they run already, has them read the journal again
   * (`refresh`, the default) or leaves them be.
   */
  showInPage?(tabId: number, platform: Platform, refresh?: boolean): Promise<void>;
  /** Loads the rich badge (reasons, journal facts, actions) into the tab's top frame, where the user turned to a pill. */
  loadRich?(tabId: number): Promise<void>;
  /** Has the browser load the badges into request lists itself (on) or no longer (off); see list-matches.ts. */
  keepBadgesOnLists?(on: boolean): Promise<void>;
  /** Loads the recognition card into the tab's top frame (a profile of a person the journal knows), or has the running one read again. */
  showCard?(tabId: number): Promise<void>;
  /** The card of a known person in the UI's language and dates (the entrypoint has the browser's words). */
  presentCard?(data: ProfileCardData): Omit<CardShown, 'key'>;
  /** Loads the draft hint into the tab's top frame (the user is in a message or note box there). */
  showDraftHint?(tabId: number): Promise<void>;
  /** Opens the toolbar popup (the composer); rejects where the browser allows that only on a click of the icon. */
  openComposer?(): Promise<void>;
  /** Opens the dashboard at this place (`#person/<id>`), in a tab of its own. */
  openDashboard?(hash: string): Promise<void>;
  /** Removes every in-page element from every open XING and LinkedIn tab ("Show results only in the popup"). */
  hideInPageEverywhere?(): Promise<void>;
  /** Sends a message to the extension's open pages (the dashboard shows an import's progress from it). */
  pushToPages?(message: ProgressPush): void;
  /** Shows on the toolbar icon how many pending requests are flagged (0: no badge). */
  showFlagged?(count: number): Promise<void>;
  /** Parses a profile reader's page copy away from the page (Chrome: an offscreen document; Firefox: the event page). */
  readSnapshot?: SnapshotReader;
}

const NO_TAB_ACTIONS: TabActions = {
  loadReader: () => Promise.reject(new Error('no tab actions in this context')),
};

/** The background's answers to every protocol message, over the journal store and the tab actions. */
export function createHandlers(
  deps: Deps,
  tabs: TabActions = NO_TAB_ACTIONS,
  reminders: ReminderShell = NO_REMINDER_SHELL,
  store: AnswerStore = NO_ANSWER_STORE,
  bodies: AnswerStore = NO_ANSWER_STORE,
): Handlers {
  const kept = keptAnswers(store, deps.now, KEPT_MAX_AGE, { bodies, newToken: deps.newId });
  // Kept between the worker's lives too: the first keystroke after a start reads it instead of every person.
  const peopleIndex = derived(() => kept.bulky('people-index', fromKeptForm, () => buildPeopleIndex(deps)));
  const scoring = derived(() => loadScoringContext(deps));
  const requestIndex = derived(() => buildRequestIndex(deps));
  const handlers = answers(deps, { peopleIndex, scoring, requestIndex, kept }, tabs);
  const fg = foreground();
  const firstPeoplePage = () => firstPage(deps, kept);
  const recountFlagged = settleAfterWrites(deps, scoring, kept, fg, tabs.showFlagged?.bind(tabs), [() => peopleIndex.get(), firstPeoplePage]);
  for (const type of WRITES) {
    const handle = handlers[type] as Wrapped;
    (handlers as Record<MessageType, unknown>)[type] = async (payload: never, sender: never) => {
      try {
        // No copy of the journal outlives a write, even if the worker stops midway; what the worker derived is
        // dropped before the write counts as done, so no answer is kept from a history older than the journal.
        return await kept.writing(async () => {
          try {
            return await handle(payload, sender);
          } finally {
            peopleIndex.invalidate();
            scoring.invalidate();
            requestIndex.invalidate();
          }
        });
      } finally {
        // A request or message may answer a follow-up, a meeting adds one: the alarm follows the journal.
        await rescheduleReminders(deps, reminders).catch(() => undefined);
        recountFlagged();
        // The settings may have changed (a restore brings its own): the browser loads the badges as they say.
        if (SETTINGS_WRITES.has(type)) await syncBadgeScript(deps, tabs).catch(() => undefined);
      }
    };
  }
  recountFlagged(); // the worker starts: the count as the journal holds it
  // A page copy is recorded through the two handlers above as wrapped for writes (not yet for AUTOMATIC: it checks that itself).
  handlers['capture/snapshot'] = snapshotHandler(tabs.readSnapshot, deps.now, { profile: handlers['capture/profile'], failed: handlers['capture/failed'] });
  // Checked before anything is written or a cache is dropped: a refused read changes nothing.
  for (const type of AUTOMATIC) {
    const handle = handlers[type] as Wrapped;
    (handlers as Record<MessageType, unknown>)[type] = async (payload: { auto?: boolean }, sender: never) => {
      if (payload.auto && !(await getSettings(deps)).autoCapture) throw new HandlerError('capture-off', 'automatic capture is off');
      return handle(payload as never, sender);
    };
  }
  // Every answer is foreground work: the background's count waits for it.
  for (const type of Object.keys(handlers) as MessageType[]) {
    const handle = handlers[type] as Wrapped;
    (handlers as Record<MessageType, unknown>)[type] = (payload: never, sender: never) => fg.run(() => handle(payload, sender));
  }
  return handlers;
}

type Wrapped = (payload: never, sender: never) => Promise<unknown>;

/** The dashboard's first page of people, kept until the next write. */
function firstPage(deps: Deps, kept: KeptAnswers) {
  return kept.answer(`people/list:${PEOPLE_FIRST_PAGE}`, protocol['people/list'].response, () => newestPeople(deps, PEOPLE_FIRST_PAGE));
}

/** What the worker keeps derived from the journal until the next write. */
interface Caches {
  peopleIndex: Derived<PeopleIndex>;
  scoring: Derived<ScoringContext>;
  requestIndex: Derived<RequestIndex>;
  kept: KeptAnswers;
}

function answers(deps: Deps, { peopleIndex, scoring, requestIndex, kept }: Caches, tabs: TabActions): Handlers {
  return {
    ...journalHandlers(deps),
    ...importHandlers(deps, tabs.pushToPages),
    ...cardHandlers(deps, tabs),
    ...badgeHandlers(deps, tabs),
    ...draftHandlers(deps, tabs),
    async 'capture/profile'(payload, sender) {
      requireOwnPage(payload.url, sender);
      const result = await recordProfile(deps, profileObservation(payload));
      await recordParseOutcome(deps, { pageType: `${payload.platform}.profile` });
      return result;
    },
    // Made in createHandlers, once the handlers it records through are wrapped for writes.
    'capture/snapshot': () => Promise.reject(new Error('capture/snapshot is not wired')),
    async 'capture/manual'(payload) {
      return recordProfile(deps, profileObservation(payload));
    },
    async 'capture/requests'(payload, sender) {
      requireOwnPage(payload.url, sender);
      const page = requirePage(payload.url, payload.platform === 'xing' ? `xing.requests.${payload.direction}` : `linkedin.invitations.${payload.direction}`);
      const { cards, refused } = payload.requests;
      // A card refused here or skipped by the reader may be the very request that seems missing: no proof.
      const whole = refused === 0 && !payload.skipped && payload.listKeys;
      const result = await recordRequestList(deps, {
        platform: payload.platform,
        direction: payload.direction,
        requests: cards,
        ...(whole ? { listKeys: whole } : {}),
      });
      if (payload.more) {
        if (refused) await recordParseOutcome(deps, { pageType: page.type, skippedCards: refused, partial: true });
      } else await recordParseOutcome(deps, { pageType: page.type, skippedCards: refused + (payload.skipped ?? 0) });
      // The badges come after the requests are in the journal (or are told to read it again); not awaited.
      if (sender.kind === 'content' && (await getSettings(deps)).inPageBadges) void tabs.showInPage?.(sender.tabId, sender.platform).catch(() => undefined);
      return { ...result, refused };
    },
    async 'capture/messages'(payload, sender) {
      requireOwnPage(payload.url, sender);
      const page = requirePage(payload.url, payload.platform === 'xing' ? 'xing.messages' : 'linkedin.messaging');
      const result = await recordMessages(deps, payload);
      await recordParseOutcome(deps, { pageType: page.type });
      return result;
    },
    async 'capture/failed'(payload, sender) {
      requireOwnPage(payload.url, sender);
      requireOwnPageType(payload.pageType, sender);
      await recordParseOutcome(deps, { pageType: payload.pageType, failure: payload.error });
      return {};
    },
    async 'page/load-reader'(payload, sender) {
      // The router lets only a content script of this platform's site send it: the reader goes into its own tab.
      if (sender.kind !== 'content') throw new HandlerError('forbidden-sender', 'only a content script asks for its reader');
      await tabs.loadReader(sender.tabId, payload.platform);
      return {};
    },
    async 'request/acted'(payload, sender) {
      // Seen by a content script on its own (the user clicked on the site): recorded only while automatic
      // reading is on, like every other read of the page. From Handschlag's own pages it is the user's action.
      if (sender.kind === 'content' && !(await getSettings(deps)).autoCapture) throw new HandlerError('capture-off', 'automatic capture is off');
      return markRequestActed(deps, payload);
    },
    async 'requests/pending'(payload) {
      return pendingAnswer(deps, scoring, kept, payload.limit ?? POPUP_LIMIT);
    },
    async 'requests/popup'(payload) {
      return popupAnswer(deps, scoring, kept, payload.limit ?? POPUP_LIMIT);
    },
    async 'requests/query'(payload) {
      return queryRequests(deps, requestIndex, scoring, payload);
    },
    async 'inpage/requests'(payload) {
      const settings = await getSettings(deps);
      if (!settings.inPageBadges) return { show: false, items: [] };
      const items = await readForBadges(deps, scoring, payload);
      return { show: true, items: payload.brief ? items.map((i) => (i.score ? { ...i, score: { ...i.score, reasons: [] } } : i)) : items };
    },
    async 'inpage/verdict'(payload) {
      const [item] = await readForBadges(deps, scoring, { ...payload, keys: [payload.key] });
      if (!item?.requestId) throw new Error('inpage/verdict: no request from this person');
      return { id: (await setVerdict(deps, { requestId: item.requestId, verdict: payload.verdict })).id };
    },
    async 'inpage/flow-done'(payload) {
      return recordFlow(deps, payload);
    },
    async 'blocklist/list'() {
      return { items: await listBlocks(deps) };
    },
    async 'blocklist/import'(payload) {
      const parsed = parseBlocklistFile(payload.text);
      if (!parsed.ok) return { added: 0, unchanged: 0, errors: parsed.errors };
      return { ...(await importBlocks(deps, parsed.entries)), errors: [] };
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
    async 'person/get'(payload) {
      const view = await getPersonByIdentity(deps, payload.platform, payload.key);
      const records = view ? await personRecords(deps, view.person.id) : null;
      return { view: view && records ? { ...view, summary: records.summary } : view };
    },
    async 'people/list'(payload) {
      // The dashboard's first page is kept: it opens on a worker that was stopped.
      if (!payload.query && !payload.offset && payload.limit === PEOPLE_FIRST_PAGE) return firstPage(deps, kept);
      return listPeople(deps, payload, peopleIndex);
    },
    async 'journal/stats'() {
      return { counts: await storeCounts(deps), schemaVersion: DB_VERSION, diagnostics: await listDiagnostics(deps) };
    },
    async 'settings/get'() {
      const { settings, damaged } = await readSettings(deps);
      return { settings, ...(damaged ? { damaged } : {}) };
    },
    async 'settings/update'(payload) {
      const settings = await updateSettings(deps, payload.patch);
      if (payload.patch.inPageBadges === false) await tabs.hideInPageEverywhere?.().catch(() => undefined);
      return { settings };
    },
  };
}
