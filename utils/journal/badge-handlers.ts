import type { Handlers } from '../messaging/router';
import { detectPage } from '../platforms/detect';
import type { TabActions } from './handlers';
import type { Deps } from './profiles';
import { getSettings } from './settings-store';

type BadgeHandlers = Pick<Handlers, 'inpage/list-seen'>;

/** A request list of either site, received or sent: the pages the badges are for. */
const LIST_PAGE = /^(xing\.requests|linkedin\.invitations)\.(received|sent)$/;

/**
 * Loads the badges into a tab as soon as its reader sees a request list (the page the browser says the tab shows,
 * of the sender's own site), before the list is read and stored: the pills show meanwhile, their scores follow.
 */
export function badgeHandlers(deps: Deps, tabs: TabActions): BadgeHandlers {
  return {
    async 'inpage/list-seen'(_payload, sender) {
      if (sender.kind !== 'content' || !tabs.showInPage) return { shown: false };
      const page = detectPage(sender.url);
      if (!page || !LIST_PAGE.test(page.type) || !page.type.startsWith(`${sender.platform}.`)) return { shown: false };
      // As before: where automatic reading is off, the list is not stored and no badges come on their own.
      const settings = await getSettings(deps);
      if (!settings.inPageBadges || !settings.autoCapture) return { shown: false };
      // Running already (the browser loaded them into the list, see keepBadgesOnLists): nothing to read again yet,
      // the list is not stored; they are told to once it is.
      await tabs.showInPage(sender.tabId, false);
      return { shown: true };
    },
  };
}

/** Has the browser load the badges into request lists exactly while the settings would show them there. */
export async function syncBadgeScript(deps: Deps, tabs: Pick<TabActions, 'keepBadgesOnLists'>): Promise<void> {
  if (!tabs.keepBadgesOnLists) return;
  const settings = await getSettings(deps);
  await tabs.keepBadgesOnLists(settings.inPageBadges && settings.autoCapture);
}
