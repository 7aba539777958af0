import type { ChangeFeed } from '../../card-memo';
import { isOurHost } from './inpage-slot';
import type { ScriptLifetime } from './page-context';

// What the content script watches on the live page: in-page navigations and elements being added.
// Both stay as narrow as they can: no polling, no attribute observation (text only for the card memo).

/** Calls back after the URL changed without a page load (both sites are single-page apps). */
export function onInPageNavigation(ctx: ScriptLifetime, callback: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback();
  };
  // The Navigation API reports pushState, replaceState and back/forward; without it, SPA navigations on
  // both sites change the document title, so a <title> observer is the fallback.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('currententrychange', check);
    ctx.onInvalidated(() => nav.removeEventListener('currententrychange', check));
    return;
  }
  const observer = new MutationObserver(check);
  observer.observe(document.head ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}

export interface GrowthWatcher extends ChangeFeed {
  /** Start (or keep) watching the page's main region for added elements. */
  watch(): void;
  stop(): void;
}

/** More changes than this between two takes are not kept: the next take says it cannot vouch for anything. */
const MAX_LOGGED = 5000;

/**
 * One observer for added elements under the main landmark (or the body while the app has not rendered
 * one). Used while a page is still rendering and on lists that grow by infinite scroll; stopped otherwise.
 * The in-page badges' hosts are no growth of the list: read again for each batch of badges, a list of 1,000
 * cards cost the reader a whole pass over every card.
 * It also logs where children and text changed (`take`): the card memo trusts a card nothing changed in without
 * comparing its text (comparing 1,000 cards' text cost every pass as much as reading the new ones).
 */
export function growthWatcher(ctx: ScriptLifetime, callback: () => void): GrowthWatcher {
  let observed: Element | null = null;
  let changed = new Set<Node>();
  let removed: Node[] = [];
  let continuous = false;
  const log = (records: MutationRecord[]) => {
    for (const r of records) {
      changed.add(r.target);
      for (const n of r.removedNodes) removed.push(n);
    }
    if (changed.size + removed.length > MAX_LOGGED) restart();
  };
  const restart = () => {
    changed = new Set();
    removed = [];
    continuous = false;
  };
  const observer = new MutationObserver((records) => {
    log(records);
    if (records.some((r) => [...r.addedNodes].some(isPageElement))) callback();
  });
  const stop = () => {
    observer.disconnect();
    observed = null;
    restart();
  };
  ctx.onInvalidated(stop);
  return {
    watch() {
      // An SPA may swap its main element: follow the current one.
      const root = document.querySelector('main') ?? document.body;
      if (!root || root === observed) return;
      observer.disconnect();
      restart();
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      observed = root;
    },
    stop,
    take() {
      // Records not yet delivered to the callback count too.
      if (observed) log(observer.takeRecords());
      const changes = { root: observed, continuous: continuous && observed !== null, changed, removed };
      changed = new Set();
      removed = [];
      continuous = observed !== null;
      return changes;
    },
  };
}

/** An element the page added (not a host of our in-page UI). */
export const isPageElement = (n: Node): boolean => n.nodeType === 1 && !isOurHost(n);
