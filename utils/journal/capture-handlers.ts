import type { Handlers } from '../messaging/router';
import { HandlerError } from '../messaging/handler-error';
import { detectPage } from '../platforms/detect';
import type { DetectedPage, PageType } from '../platforms/page-types';
import type { Platform } from '../model/base';
import type { ProfileFacts } from '../model/people';
import { recordParseOutcome } from './diagnostics';
import { recordMessages } from './messages';
import { recordProfile, type Deps } from './profiles';
import { markRequestActed, recordRequestList } from './requests';
import { requireOwnPage, requireOwnPageType } from './sender-page';
import { getSettings } from './settings-store';
import type { TabActions } from './tab-actions';

type CaptureHandlers = Pick<Handlers, 'capture/profile' | 'capture/snapshot' | 'capture/manual' | 'capture/requests' | 'capture/messages' | 'capture/failed' | 'page/load-reader' | 'request/acted'>;

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

/** What the content scripts report of the pages they read, checked against the sender's own page. */
export function captureHandlers(deps: Deps, tabs: TabActions): CaptureHandlers {
  return {
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
  };
}
