import type { Handlers } from '../messaging/router';
import { detectPage } from '../platforms/detect';
import type { TabActions } from './tab-actions';
import type { Deps } from './profiles';
import { getSettings } from './settings-store';

type BadgeHandlers = Pick<Handlers, 'inpage/list-seen' | 'inpage/load-rich'>;

/** A request list of either site, received or sent: the pages the badges are for. */
const LIST_PAGE = /^(xing\.requests|linkedin\.invitations)\.(received|sent)$/;

/** The tab shows a request list of the sender's own site (the URL the browser says the tab shows). */
function isListOf(sender: { platform: string; url: string }): boolean {
  const page = detectPage(sender.url);
  return !!page && LIST_PAGE.test(page.type) && page.type.startsWith(`${sender.platform}.`);
}

/**
 * Loads the badges into a tab as soon as its reader sees a request list (the page the browser says the tab shows,
 * of the sender's own site), before the list is read and stored: the pills show meanwhile, their scores follow.
 */
export function badgeHandlers(deps: Deps, tabs: TabActions): BadgeHandlers {
  return {
    async 'inpage/list-seen'(_payload, sender) {
      if (sender.kind !== 'content' || !tabs.showInPage) return { shown: false };
      if (!isListOf(sender)) return { shown: false };
      // As before: where automatic reading is off, the list is not stored and no badges come on their own.
      const settings = await getSettings(deps);
      if (!settings.inPageBadges || !settings.autoCapture) return { shown: false };
      // Running already (the browser loaded them into the list, see keepBadgesOnLists): nothing to read again yet,
      // the list is not stored; they are told to once it is.
      await tabs.showInPage(sender.tabId, sender.platform, false);
      return { shown: true };
    },
    async 'inpage/load-rich'(_payload, sender) {
      // Only where the pills are: a request list of the sender's own site, with the in-page results on.
      if (sender.kind !== 'content' || !tabs.loadRich || !isListOf(sender)) return { loaded: false };
      if (!(await getSettings(deps)).inPageBadges) return { loaded: false };
      await tabs.loadRich(sender.tabId);
      return { loaded: true };
    },
  };
}

/** Has the browser load the badges into request lists exactly while the settings would show them there. */
export async function syncBadgeScript(deps: Deps, tabs: Pick<TabActions, 'keepBadgesOnLists'>): Promise<void> {
  if (!tabs.keepBadgesOnLists) return;
  const settings = await getSettings(deps);
  await tabs.keepBadgesOnLists(settings.inPageBadges && settings.autoCapture);
}
