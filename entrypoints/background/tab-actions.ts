import { browser } from 'wxt/browser';
import type { TabActions } from '../../utils/journal/tab-actions';
import { CARD_SLOT, DRAFT_SLOT, INPAGE_SLOT } from '../../utils/platforms/common/actions/inpage-slot';
import type { Platform } from '../../utils/model/base';
import { BADGE_LISTS, badgeScriptFile, badgeScriptId, OLD_BADGE_SCRIPT_ID } from '../../utils/platforms/list-matches';

/**
 * Tab actions over `browser.scripting`. A tab opened on a profile gets only the site's small profile reader
 * (manifest `content_scripts`); when the site then shows a request list or a chat in place, the full reader
 * is loaded here. It stops the profile reader when it starts (utils/platforms/common/actions/page-context.ts).
 * The in-page badges are loaded the same way, only into tabs that show a request list (so no other page
 * compiles their code); where they run already, the running copy is told to read the journal again instead. The recognition card
 * likewise, only into tabs that show the profile of a person the journal knows, and the draft hint only into tabs
 * where the user put the focus into a message or note box.
 */
/** Runs in the tab's isolated world: the running badges read the journal again (if `refresh`); false if none run there. */
function refreshRunning(slot: string, refresh: boolean): boolean {
  const running = (globalThis as unknown as Record<symbol, { refresh(): void } | undefined>)[Symbol.for(slot)];
  if (refresh) running?.refresh();
  return running !== undefined;
}

// Registering and unregistering one after the other: two at once would both see no script and register it twice.
let badgeRegistration: Promise<void> = Promise.resolve();

export const tabActions: TabActions = {
  async loadReader(tabId, platform) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/content-scripts/${platform}.js`] });
  },
  async showInPage(tabId, platform, refresh = true) {
    // Where the badges run already (a list growing by infinite scroll is sent again and again), a tiny function
    // tells them to read the journal again: evaluating the 100 kB script anew for each growth cost a long task.
    const [asked] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: refreshRunning, args: [INPAGE_SLOT, refresh] });
    if (asked?.result === true) return;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [badgeScriptFile(platform)] });
  },
  async loadRich(tabId) {
    // The top frame only: the pills run there alone (content senders are top-frame scripts, senders.ts).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/inpage-rich.js'] });
  },
  keepBadgesOnLists(on) {
    // document_end: the pills are in the list before the reader (document_idle) starts reading it. Registered at
    // document_start they showed ≈ 20 ms sooner, but their script ran inside the parser's task, which then counted as
    // a long task of ours in most runs (BENCHMARKS.md, session 16); when-parsed.ts serves either. One script per
    // site, each with that site's code alone (BENCHMARKS.md, session 17).
    const wanted = (platform: Platform) => ({ id: badgeScriptId(platform), js: [badgeScriptFile(platform).slice(1)], matches: [...BADGE_LISTS[platform]], runAt: 'document_end' as const, allFrames: false, persistAcrossSessions: true });
    const sync = async () => {
      const sites = Object.keys(BADGE_LISTS) as Platform[];
      const registered = await browser.scripting.getRegisteredContentScripts({ ids: [OLD_BADGE_SCRIPT_ID, ...sites.map(badgeScriptId)] });
      const byId = new Map(registered.map((script) => [script.id, script]));
      // The one script for both sites of an older version.
      if (byId.has(OLD_BADGE_SCRIPT_ID)) await browser.scripting.unregisterContentScripts({ ids: [OLD_BADGE_SCRIPT_ID] });
      if (!on) {
        const ids = sites.map(badgeScriptId).filter((id) => byId.has(id));
        if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
        return;
      }
      const missing = sites.filter((site) => !byId.has(badgeScriptId(site))).map(wanted);
      if (missing.length) await browser.scripting.registerContentScripts(missing);
      const same = (a: { js?: string[]; matches?: string[]; runAt?: string }, b: typeof a) => JSON.stringify([a.js, a.matches, a.runAt]) === JSON.stringify([b.js, b.matches, b.runAt]);
      const stale = sites.filter((site) => byId.has(badgeScriptId(site)) && !same(byId.get(badgeScriptId(site))!, wanted(site))).map(wanted);
      if (stale.length) await browser.scripting.updateContentScripts(stale); // registered by an older version
    };
    badgeRegistration = badgeRegistration.then(sync, sync);
    return badgeRegistration;
  },
  pushToPages(message) {
    // No page listening (the dashboard closed) is no error.
    void browser.runtime.sendMessage(message).catch(() => undefined);
  },
  async showCard(tabId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/profile-card.js'] });
  },
  async showDraftHint(tabId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/draft-hint.js'] });
  },
  async openComposer() {
    await browser.action.openPopup();
  },
  async openDashboard(hash) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  },
  async showFlagged(count) {
    await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#8c1d18' });
  },
  async hideInPageEverywhere() {
    const tabs = await browser.tabs.query({ url: ['https://www.xing.com/*', 'https://www.linkedin.com/*'] });
    const stop = (slots: string[]) => {
      // Runs in the tab's isolated world, where the in-page scripts keep their handles (never the page's world).
      for (const slot of slots) {
        const running = (globalThis as unknown as Record<symbol, { stop(reason: string): void } | undefined>)[Symbol.for(slot)];
        running?.stop('the user chose to see results only in the popup');
      }
    };
    await Promise.all(
      tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: stop, args: [[INPAGE_SLOT, CARD_SLOT, DRAFT_SLOT]] }).catch(() => undefined)])),
    );
  },
};
