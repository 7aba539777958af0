import { browser } from 'wxt/browser';
import type { TabActions } from '../../utils/journal/handlers';
import { CARD_SLOT, DRAFT_SLOT, INPAGE_SLOT } from '../../utils/platforms/common/actions/inpage-slot';
import { BADGE_LIST_MATCHES, BADGE_SCRIPT_ID } from '../../utils/platforms/list-matches';

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
  async showInPage(tabId, refresh = true) {
    // Where the badges run already (a list growing by infinite scroll is sent again and again), a tiny function
    // tells them to read the journal again: evaluating the 100 kB script anew for each growth cost a long task.
    const [asked] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: refreshRunning, args: [INPAGE_SLOT, refresh] });
    if (asked?.result === true) return;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/inpage.js'] });
  },
  async loadRich(tabId) {
    // The top frame only: the pills run there alone (content senders are top-frame scripts, senders.ts).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/inpage-rich.js'] });
  },
  keepBadgesOnLists(on) {
    // document_end: the pills are in the list before the reader (document_idle) starts reading it. Registered at
    // document_start they showed ≈ 20 ms sooner, but their script ran inside the parser's task, which then counted as
    // a long task of ours in most runs (BENCHMARKS.md, session 16); when-parsed.ts serves either.
    const wanted = { id: BADGE_SCRIPT_ID, js: ['inpage.js'], matches: [...BADGE_LIST_MATCHES], runAt: 'document_end' as const, allFrames: false, persistAcrossSessions: true };
    const sync = async () => {
      const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [BADGE_SCRIPT_ID] });
      if (!on) {
        if (registered) await browser.scripting.unregisterContentScripts({ ids: [BADGE_SCRIPT_ID] });
      } else if (!registered) {
        await browser.scripting.registerContentScripts([wanted]);
      } else if (JSON.stringify([registered.js, registered.matches, registered.runAt]) !== JSON.stringify([wanted.js, wanted.matches, wanted.runAt])) {
        await browser.scripting.updateContentScripts([wanted]); // registered by an older version
      }
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
