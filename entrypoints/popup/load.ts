import { browser } from 'wxt/browser';
import type { PageState } from '../../components/popup/page-state';
import type { RequestView } from '../../components/popup/request-view';
import type { JournalReadError } from '../../components/popup/JournalError';
import type { MessageKey, Translate } from '../../utils/i18n';
import type { Client } from '../../utils/messaging/client';
import type { Result } from '../../utils/messaging/protocol';
import { keptPopupAnswer, keptStorageKey, popupKeptKey } from '../../utils/messaging/kept';
import { POPUP_LIMIT } from '../../utils/messaging/limits';
import { PAGE_STATUS, type PageStatus } from '../../utils/messaging/tab-messages';
import { detectPage } from '../../utils/platforms/detect';
import type { DetectedPage } from '../../utils/platforms/page-types';
import { SYSTEM_PAGE_TYPES } from '../../utils/platforms/page-types';
import { profileUrl } from '../../utils/platforms/profile-url';
import { pageWithoutAddress, pageWithoutReader, type SiteAccess } from '../../components/popup/site-access';
import type { TargetTab } from './target-tab';

/**
 * What the open tab is, from its URL, the journal, and what its content script made of it. `access`: the sites the
 * browser withholds (entrypoints/popup/site-access.ts); a tab without address is then not called "another site".
 */
export async function loadPageState(client: Client, target: TargetTab | null, access: SiteAccess = null): Promise<PageState> {
  if (!target?.url) return pageWithoutAddress(access);
  const page = detectPage(target.url);
  if (!page) return { kind: 'unsupported' };
  if (SYSTEM_PAGE_TYPES.includes(page.type)) return { kind: 'system' };
  // null: no content script answered (none runs in the tab), as against one that answered nothing yet.
  const answered = await browser.tabs.sendMessage(target.id, { type: PAGE_STATUS }).then((status) => ({ status: (status ?? null) as PageStatus | null }), () => null);
  const state = await pageFromStatus(client, page, answered?.status ?? null);
  if (answered) return state;
  // The tab's status needs no `tabs` permission; asked now, not when the popup opened (it polls while reading).
  const loading = await browser.tabs.get(target.id).then((tab) => tab?.status === 'loading', () => false);
  return pageWithoutReader(state, page.platform, page.type, loading);
}

async function pageFromStatus(client: Client, page: DetectedPage, status: PageStatus | null): Promise<PageState> {
  if (status?.state === 'reading') return { kind: 'reading', platform: page.platform, pageType: status.pageType };
  if (status?.state === 'error') {
    if (status.error.code === 'system-page') return { kind: 'system' };
    return { kind: 'layout', platform: page.platform, pageType: status.pageType, message: status.error.message, code: status.error.code, ...(status.error.field ? { field: status.error.field } : {}), ...(page.key ? { key: page.key } : {}) };
  }
  // A chat the content script has read says how many of its messages are in the journal (issue 18).
  const saved = status?.state === 'read' ? status.saved : undefined;
  if (!page.key) return page.type === 'xing.messages' || page.type === 'linkedin.messaging' ? { kind: 'conversation', ...(saved !== undefined ? { saved } : {}) } : { kind: 'list' };
  const res = await client.send('person/get', { platform: page.platform, key: page.key });
  if (!res.ok) return { kind: 'error', message: res.error.message, code: res.error.code };
  if (!res.data.view) return { kind: 'unknown-person', platform: page.platform, key: page.key };
  return { kind: 'person', ...res.data.view };
}

export type PopupRequests = Result<'requests/popup'>;

const POPUP_KEPT = keptStorageKey(popupKeptKey(POPUP_LIMIT));

/** What storage.session holds under the popup's kept answer (undefined where the browser has no storage.session). */
const readSession = async (): Promise<unknown> => (await browser.storage?.session?.get(POPUP_KEPT))?.[POPUP_KEPT];

/**
 * The popup's requests (slim: only what the list shows): the answer the worker kept in storage.session when there is
 * one, read here without waking a stopped worker (its start was most of the popup's first render); else asked for.
 * The worker empties storage.session before every write starts and keeps nothing while one runs, so what is found is
 * the exact answer or nothing, never a stale one.
 */
export async function askRequests(client: Client, read: () => Promise<unknown> = readSession, now: () => number = Date.now): Promise<PopupRequests> {
  return (await keptRequests(read, now)) ?? client.send('requests/popup', { limit: POPUP_LIMIT });
}

/** The answer kept in storage.session, as the worker would give it, or undefined when none is valid. */
async function keptRequests(read: () => Promise<unknown>, now: () => number): Promise<PopupRequests | undefined> {
  const kept = keptPopupAnswer(await read().catch(() => undefined), now());
  return kept ? { ok: true, data: kept } : undefined;
}

/** The popup's first list and whether its scores are still to come. */
export interface FirstRequests {
  res: PopupRequests;
  scoring: boolean;
}

/**
 * The popup's requests in two stages: the kept answer at once when there is one; else the scored answer is asked for,
 * and beside it the same list before its scores (`unscored`), shown first when it comes first. After a worker start
 * with nothing kept, the scores wait for the scorer's history to be built from the whole journal (seconds at 30,000
 * people); the list itself is one index read. `final` is the scored answer.
 */
export function askInStages(client: Client, read: () => Promise<unknown> = readSession, now: () => number = Date.now): { first: Promise<FirstRequests>; final: Promise<PopupRequests> } {
  const asked = (async () => {
    const kept = await keptRequests(read, now);
    if (kept) return { kind: 'kept' as const, res: kept };
    // The scored answer is asked for first, so the worker starts on it first.
    const full = client.send('requests/popup', { limit: POPUP_LIMIT });
    const quick = client.send('requests/popup', { limit: POPUP_LIMIT, unscored: true });
    return { kind: 'asked' as const, full, quick };
  })();
  const final = asked.then((a) => (a.kind === 'kept' ? a.res : a.full));
  const first = asked.then((a): Promise<FirstRequests> | FirstRequests => {
    if (a.kind === 'kept') return { res: a.res, scoring: false };
    const scored = a.full.then((res) => ({ res, scoring: false }));
    return Promise.race([scored, a.quick.then((res) => (res.ok ? { res, scoring: true } : scored))]);
  });
  return { first, final };
}

/** The answer as the list shows it, highest score first (unscored last), with reasons in the UI language. */
export function requestViews(res: PopupRequests, t: Translate): { items: RequestView[]; total: number; error?: JournalReadError } {
  // A failed read is carried along, so the list says so instead of "no pending requests".
  if (!res.ok) return { items: [], total: 0, error: res.error };
  const items = res.data.items
    .map(({ id, platform, key, name, headline, note, at, score, verdict, blocked }): RequestView => ({
      id,
      platform,
      name,
      ...(headline ? { headline } : {}),
      note,
      profileUrl: profileUrl(platform, key),
      seenAt: at,
      ...(verdict ? { verdict } : {}),
      ...(blocked ? { blocked: true } : {}),
      ...(score
        ? {
            score: {
              value: score.value,
              band: score.band,
              reasons: score.reasons.map((r) => ({ id: r.id, weight: r.weight, text: t(r.key as MessageKey, r.subs) })),
            },
          }
        : {}),
    }))
    .sort((a, b) => (b.score?.value ?? -1) - (a.score?.value ?? -1) || b.seenAt - a.seenAt);
  return { items, total: res.data.total };
}

/** The newest pending requests, asked for now. */
export async function loadRequests(client: Client, t: Translate): Promise<{ items: RequestView[]; total: number; error?: JournalReadError }> {
  return requestViews(await askRequests(client), t);
}
