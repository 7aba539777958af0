import type { Handlers } from '../messaging/router';
import { listDiagnostics } from './diagnostics';
import { DB_VERSION } from './migrations';
import { KEPT_MAX_AGE, keptAnswers, NO_ANSWER_STORE, type AnswerStore, type KeptAnswers } from './kept-answers';
import { settleAfterWrites, showKept } from './settle';
import { foreground } from './foreground';
import { listPeople, newestPeople } from './people-list';
import { buildPeopleIndex, fromKeptForm, type PeopleIndex } from './people-index';
import { PEOPLE_FIRST_PAGE } from '../messaging/limits';
import { derived, type Derived } from './derived';
import { readBlocked, type Blocked } from './blocked-people';
import { keptScoringHistory } from './scoring-kept';
import type { ScoringContext } from './scoring-state';
import { HandlerError } from '../messaging/handler-error';
import { protocol, type MessageType } from '../messaging/protocol';
import { getPersonByIdentity, type Deps } from './profiles';
import { getSettings, readSettings, updateSettings } from './settings-store';
import { storeCounts } from './stats';
import { journalHandlers, NO_REMINDER_SHELL, JOURNAL_WRITES, rescheduleReminders, type ReminderShell } from './journal-handlers';
import { personRecords } from './person-records';
import { openRequestsOf } from './person-open-requests';
import { profileScoreOf } from './profile-score';
import { followTagCadences } from './tag-cadences';
import { importHandlers } from './import-handlers';
import { cardHandlers } from './card-handlers';
import { badgeHandlers, syncBadgeScript } from './badge-handlers';
import { buildRequestIndex, type RequestIndex } from './request-index';
import { draftHandlers } from './draft-handlers';
import { snapshotHandler } from './snapshot-handler';
import { captureHandlers } from './capture-handlers';
import { requestHandlers } from './request-handlers';
import { NO_TAB_ACTIONS, type TabActions } from './tab-actions';
import { unchangedBy } from './write-effects';
import { extendScoringContext } from './scoring-extend';

/**
 * Messages that write to the journal: after each, what the worker derived from it is rebuilt (the scorer reads the
 * user's own profile from the settings), unless the write's report shows it changed nothing they read (write-effects.ts).
 */
const WRITES = new Set<MessageType>(['capture/profile', 'capture/manual', 'capture/requests', 'capture/messages', 'request/acted', 'verdict/set', 'verdict/clear', 'settings/update', 'import/run', 'backup/restore', 'inpage/verdict', 'inpage/flow-done', 'blocklist/remove', 'blocklist/import', ...JOURNAL_WRITES]);

/**
 * Where the worker keeps answers between its lives (kept-answers.ts): small ones in `session`, large ones' bodies in
 * `bodies` with their tokens in `lasting`, of this `build`. None given: nothing is kept.
 */
export interface KeptStores {
  session?: AnswerStore;
  bodies?: AnswerStore;
  lasting?: AnswerStore;
  build?: string;
  /** How long nothing must be written before the scorer's history is kept (scoring-kept.ts; tests: 0). */
  keepHistoryAfterMs?: number;
}

/** Writes that may change the settings. */
const SETTINGS_WRITES = new Set<MessageType>(['settings/update', 'backup/restore']);

/** What a content script reads by itself: recorded only while automatic capture is on (when `auto` is set). */
const AUTOMATIC = new Set<MessageType>(['capture/profile', 'capture/requests', 'capture/messages', 'capture/failed', 'capture/snapshot']);

/** The background's answers to every protocol message, over the journal store and the tab actions. */
export function createHandlers(
  deps: Deps,
  tabs: TabActions = NO_TAB_ACTIONS,
  reminders: ReminderShell = NO_REMINDER_SHELL,
  stores: KeptStores = {},
): Handlers {
  const kept = keptAnswers(stores.session ?? NO_ANSWER_STORE, deps.now, KEPT_MAX_AGE, { ...stores, newToken: deps.newId });
  // Kept between the worker's lives and browser restarts too: the first keystroke after a start reads it instead of
  // every person, and the first score after a start the scorer's history instead of the whole journal.
  const peopleIndex = derived(() => kept.bulky('people-index', fromKeptForm, () => buildPeopleIndex(deps)));
  // Kept last after writes settle, once no message is being answered and nothing was written for a while: putting
  // 30,000 requests' history into IndexedDB holds the worker for about half a second.
  const { scoring, keep: keepHistory } = keptScoringHistory(deps, kept, stores.keepHistoryAfterMs);
  const requestIndex = derived(() => buildRequestIndex(deps));
  // Read by every badge request: a team's blocklist of thousands is one identity read per entry (≈ 200 ms for 5,000
  // entries in fake-indexeddb; linear in the entries).
  const blocked = derived(() => readBlocked(deps));
  const handlers = answers(deps, { peopleIndex, scoring, requestIndex, kept, blocked }, tabs);
  const fg = foreground();
  const firstPeoplePage = () => firstPage(deps, kept);
  const recountFlagged = settleAfterWrites(deps, scoring, kept, fg, tabs.showFlagged?.bind(tabs), [() => peopleIndex.get(), firstPeoplePage, keepHistory]);
  for (const type of WRITES) {
    const handle = handlers[type] as Wrapped;
    (handlers as Record<MessageType, unknown>)[type] = async (payload: never, sender: never) => {
      try {
        // No copy of the journal outlives a write, even if the worker stops midway; what the worker derived is
        // dropped before the write counts as done, so no answer is kept from a history older than the journal.
        return await kept.writing(async () => {
          let outcome: unknown;
          try {
            outcome = await handle(payload, sender);
            return outcome;
          } finally {
            // A page read again that changed nothing they read keeps them (a failed write reports nothing: all go).
            const unchanged = unchangedBy(type, outcome);
            if (!unchanged.people) peopleIndex.invalidate();
            // Request cards add people with one new identity each (requests.ts ensurePerson): no entry gains a person
            // its key would not find, so a list growing card by card keeps the blocklist read.
            if (!unchanged.people && type !== 'capture/requests') blocked.invalidate();
            const { extend } = unchanged;
            if (extend) scoring.update((context) => extendScoringContext(deps, context, extend));
            else if (!unchanged.scoring) scoring.invalidate();
            if (!unchanged.requests) requestIndex.invalidate();
          }
        });
      } finally {
        // A request or message may answer a follow-up, a meeting adds one: the alarm follows the journal.
        await rescheduleReminders(deps, reminders).catch(() => undefined);
        recountFlagged();
        // The settings may have changed (a restore brings its own): the browser loads the badges as they say.
        if (SETTINGS_WRITES.has(type)) await syncBadgeScript(deps, tabs).catch(() => undefined);
        // A restored backup whose settings say "popup only" takes every in-page element away at once, as the setting does.
        if (type === 'backup/restore') await hideIfPopupOnly(deps, tabs).catch(() => undefined);
      }
    };
  }
  // The worker starts: what was kept since the last write at once, then the count as the journal holds it.
  void showKept(kept, tabs.showFlagged?.bind(tabs)).catch(() => undefined);
  recountFlagged();
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

/** Removes the in-page elements from every open tab while the settings show results in the popup only. */
async function hideIfPopupOnly(deps: Deps, tabs: TabActions): Promise<void> {
  if (tabs.hideInPageEverywhere && !(await getSettings(deps)).inPageBadges) await tabs.hideInPageEverywhere();
}

/** The dashboard's first page of people, kept until the next write (across browser restarts). */
function firstPage(deps: Deps, kept: KeptAnswers) {
  // Kept as a bulky answer (it does not depend on the clock): it outlives a browser restart too.
  return kept.bulky(`people/list:${PEOPLE_FIRST_PAGE}`, checkPeoplePage, () => newestPeople(deps, PEOPLE_FIRST_PAGE));
}

function checkPeoplePage(raw: unknown) {
  const page = protocol['people/list'].response.safeParse(raw);
  return page.success ? page.data : undefined;
}

/** What the worker keeps derived from the journal until the next write. */
interface Caches {
  peopleIndex: Derived<PeopleIndex>;
  scoring: Derived<ScoringContext>;
  requestIndex: Derived<RequestIndex>;
  kept: KeptAnswers;
  blocked: Derived<Blocked>;
}

function answers(deps: Deps, { peopleIndex, scoring, requestIndex, kept, blocked }: Caches, tabs: TabActions): Handlers {
  return {
    ...journalHandlers(deps),
    ...importHandlers(deps, tabs.pushToPages),
    ...cardHandlers(deps, tabs),
    ...badgeHandlers(deps, tabs),
    ...draftHandlers(deps, tabs),
    ...captureHandlers(deps, tabs),
    ...requestHandlers(deps, scoring, requestIndex, kept, blocked),
    async 'person/get'(payload) {
      const view = await getPersonByIdentity(deps, payload.platform, payload.key);
      const records = view ? await personRecords(deps, view.person.id) : null;
      if (!view || !records) return { view };
      // Issue 17 §3: This page shows the person's open requests with the score and reasons of the Requests tab.
      const openRequests = await openRequestsOf(deps, scoring, records.requests, blocked.get);
      // Without an open request, what the profile alone says (a request's score holds it already).
      const profileScore = openRequests.length ? undefined : await profileScoreOf(deps, scoring, payload.platform, payload.key, records);
      return { view: { ...view, summary: records.summary, ...(openRequests.length ? { openRequests } : {}), ...(profileScore ? { profileScore } : {}) } };
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
      const before = payload.patch.tagCadences ? (await getSettings(deps)).tagCadences ?? {} : undefined;
      const settings = await updateSettings(deps, payload.patch);
      if (before) await followTagCadences(deps, before, settings.tagCadences ?? {});
      if (payload.patch.inPageBadges === false) await tabs.hideInPageEverywhere?.().catch(() => undefined);
      return { settings };
    },
  };
}
