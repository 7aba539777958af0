import { HandlerError } from '../messaging/handler-error';
import { detectPage } from '../platforms/detect';
import type { Handlers } from '../messaging/router';
import type { TabActions } from './tab-actions';
import { readProfileCard } from './profile-card';
import type { Deps } from './profiles';
import { requireOwnPage, requireOwnProfile } from './sender-page';
import { getSettings } from './settings-store';

type CardHandlers = Pick<Handlers, 'inpage/profile-opened' | 'inpage/person' | 'inpage/open-person'>;

/**
 * The recognition card's messages. Each names a profile key that must be the sender's own page. The card's code
 * is loaded into the tab only for a person the journal knows, so an ordinary profile runs none of it.
 */
export function cardHandlers(deps: Deps, tabs: TabActions): CardHandlers {
  return {
    async 'inpage/profile-opened'(payload, sender) {
      requireOwnProfile(payload.platform, payload.key, sender);
      if (sender.kind !== 'content' || !tabs.showCard) return { card: false };
      if (!(await getSettings(deps)).inPageBadges) return { card: false };
      if (!(await readProfileCard(deps, payload.platform, payload.key))) return { card: false };
      await tabs.showCard(sender.tabId);
      return { card: true };
    },
    async 'inpage/person'(payload, sender) {
      requireOwnPage(payload.url, sender);
      if (!(await getSettings(deps)).inPageBadges) return { show: false, card: null };
      const page = detectPage(payload.url);
      if (page?.type !== `${payload.platform}.profile` || !page.key) return { show: true, card: null };
      const data = await readProfileCard(deps, payload.platform, page.key);
      if (!data) return { show: true, card: null };
      if (!tabs.presentCard) throw new HandlerError('handler-failed', 'no card words in this context');
      return { show: true, card: { key: page.key, ...tabs.presentCard(data) } };
    },
    async 'inpage/open-person'(payload, sender) {
      requireOwnProfile(payload.platform, payload.key, sender);
      const card = await readProfileCard(deps, payload.platform, payload.key);
      if (!card?.personId) throw new HandlerError('handler-failed', 'this person is not in the journal');
      if (!tabs.openDashboard) throw new HandlerError('handler-failed', 'no dashboard in this context');
      await tabs.openDashboard(`#person/${encodeURIComponent(card.personId)}${payload.to === 'meeting' ? '/meeting' : ''}`);
      return {};
    },
  };
}
