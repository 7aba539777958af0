import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '../../components/i18n';
import type { PageState } from '../../components/popup/page-state';
import { PopupView, type PopupTab, type SearchAnswer } from '../../components/popup/PopupView';
import type { JournalReadError } from '../../components/popup/JournalError';
import type { RequestView } from '../../components/popup/request-view';
import { PENDING_REQUESTS_HASH } from '../../components/popup/RequestList';
import { DEFAULT_TRIAGE, type TriageOptions } from '../../components/popup/triage';
import type { Person, ProfileFacts } from '../../utils/model/people';
import { createClient } from '../../utils/messaging/client';
import { CAPTURE_NOW, type CaptureNowAnswer } from '../../utils/messaging/tab-messages';
import { detectPage } from '../../utils/platforms/detect';
import { useComposerHost } from './composer-host';
import { askInStages, loadPageState, loadRequests, requestViews } from './load';
import { useSiteAccess } from './site-access';
import { findTargetTab, type TargetTab } from './target-tab';
import { useJournal } from './use-journal';

const client = createClient((message) => browser.runtime.sendMessage(message));
// Asked for as soon as the popup's code runs, before anything else: a stopped worker starts on this message while the
// popup builds its view, and the list's answer is not queued behind what the first view does not show.
let atOpen: ReturnType<typeof askInStages> | null = askInStages(client);

/** The list as shown; `error`: the journal could not be read (said so, not as an empty list). */
type RequestsState = { items: RequestView[]; total: number; scoring?: boolean; error?: JournalReadError };

export function App({ locale }: { locale: string }) {
  const t = useT();
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [requests, setRequestsNow] = useState<RequestsState>({ items: [], total: 0 });
  // Every list set here counts: the scored answer of the first stage, arriving late, must not replace a newer list.
  const listSet = useRef(0);
  const setRequests = useCallback((next: RequestsState) => {
    listSet.current += 1;
    setRequestsNow(next);
  }, []);
  const [triage, setTriage] = useState<TriageOptions>(DEFAULT_TRIAGE);
  const [query, setQuery] = useState('');
  const [search, setSearchAnswer] = useState<SearchAnswer | null>(null);
  // What the first view does not show (the Due list, event names, settings for the composer) is asked for after it.
  const [opened, setOpened] = useState(false);
  // Site access withheld by the browser: said, with "Allow access"; a change re-reads the tab (its address shows then).
  const site = useSiteAccess();
  const { access } = site;

  const refresh = useCallback(
    async (tgt: TargetTab | null) => {
      const asked = atOpen ?? askInStages(client);
      atOpen = null;
      const [state, first] = await Promise.all([loadPageState(client, tgt, access), asked.first]);
      setPage(state);
      const shown = requestViews(first.res, t);
      setRequests({ ...shown, scoring: first.scoring });
      if (first.scoring) {
        const at = listSet.current;
        // Scores that fail leave the list as it is, without the "checking" line.
        void asked.final.then((res) => {
          if (listSet.current === at) setRequests(res.ok ? requestViews(res, t) : shown);
        });
      }
      // Open on the tab that has something to say: the person on a profile, else the requests.
      setTab((current) => current ?? (['person', 'unknown-person', 'layout', 'reading', 'not-running'].includes(state.kind) ? 'page' : 'requests'));
      setOpened(true);
    },
    [t, setRequests, access],
  );

  const reloadPerson = useCallback(async () => {
    const state = await loadPageState(client, target, access);
    if (state.kind === 'person') setPage(state);
  }, [target, access]);
  const journal = useJournal(client, reloadPerson, opened);
  const composer = useComposerHost(client, page, target, requests.items, t, locale, reloadPerson, opened);

  // Once the access is known, and again when it changes (refresh depends on it).
  useEffect(() => {
    if (!site.known) return;
    void findTargetTab().then((tgt) => {
      setTarget(tgt);
      return refresh(tgt);
    });
  }, [refresh, site.known]);

  // While the site is still rendering the page, or the content script has not started (a reload), ask again. After
  // "Reload page" the new script answers before it has saved the profile: "not in your journal" is asked again a while.
  const reloadedAt = useRef(0);
  useEffect(() => {
    const justReloaded = page.kind === 'unknown-person' && !page.capturing && !page.captureError && Date.now() - reloadedAt.current < 10_000;
    if (page.kind !== 'reading' && page.kind !== 'not-running' && !justReloaded) return;
    const timer = setTimeout(() => void loadPageState(client, target, access).then(setPage), 1000);
    return () => clearTimeout(timer);
  }, [page, target, access]);

  useEffect(() => {
    if (!query.trim()) {
      setSearchAnswer(null);
      return;
    }
    // An answer counts only while its query is still what the field says: a late answer to an older query (or to
    // one the user cleared) would show results the field does not ask for, in place of the tabs.
    let current = true;
    const timer = setTimeout(() => {
      void client.send('people/list', { query, limit: 20 }).then((res) => {
        if (current) setSearchAnswer(res.ok ? res.data : { error: res.error });
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const onCapture = async () => {
    if (!target || page.kind !== 'unknown-person') return;
    setPage({ ...page, capturing: true });
    const answer = (await browser.tabs
      .sendMessage(target.id, { type: CAPTURE_NOW })
      .catch((error: unknown) => ({ ok: false, error: String(error) }))) as CaptureNowAnswer;
    if (answer?.ok) await refresh(target);
    else setPage({ ...page, capturing: false, captureError: answer?.error ?? 'no answer', ...(answer?.code ? { captureCode: answer.code } : {}) });
  };

  const onManualEntry = async (facts: ProfileFacts) => {
    const url = target?.url;
    const detected = url ? detectPage(url) : null;
    if (!url || !detected?.key) return;
    const res = await client.send('capture/manual', { platform: detected.platform, url, facts });
    if (res.ok) {
      const view = await client.send('person/get', { platform: detected.platform, key: detected.key });
      if (view.ok && view.data.view) setPage({ kind: 'person', ...view.data.view });
    } else setPage({ kind: 'error', message: res.error.message, code: res.error.code });
  };

  const onVerdict = async (requestId: string, verdict: 'genuine' | 'collector') => {
    const current = requests.items.find((r) => r.id === requestId)?.verdict;
    await (current === verdict ? client.send('verdict/clear', { requestId }) : client.send('verdict/set', { requestId, verdict }));
    setRequests(await loadRequests(client, t));
  };

  return (
    <PopupView
      tab={tab ?? 'page'}
      page={page}
      query={query}
      search={search}
      requests={requests.items}
      {...(requests.error ? { requestsError: requests.error } : {})}
      pendingTotal={requests.total}
      scoring={!!requests.scoring}
      triage={triage}
      locale={locale}
      now={Date.now()}
      onTab={setTab}
      onQuery={setQuery}
      onTriage={setTriage}
      onVerdict={(id, v) => void onVerdict(id, v)}
      onCapture={() => void onCapture()}
      onManualEntry={(facts) => void onManualEntry(facts)}
      onOpenDashboard={() => void browser.runtime.openOptionsPage()}
      onOpenRequests={() => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${PENDING_REQUESTS_HASH}`) })}
      composer={composer}
      siteAccess={site}
      onReload={() => {
        if (!target) return;
        reloadedAt.current = Date.now();
        void browser.tabs.reload(target.id);
      }}
      {...journal}
    />
  );
}
