import { browser } from '../../utils/platforms/common/actions/content-browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { contentClient } from '../../utils/platforms/common/actions/capture-client';
import { listReading } from '../../utils/platforms/common/actions/list-reading';
import { watchRequestClicks } from '../../utils/platforms/common/actions/request-clicks';
import { parseLinkedinPage } from '../../utils/platforms/linkedin/parse-page';
import { linkedinDetectors } from '../../utils/platforms/linkedin/urls';

// The full LinkedIn reader: profiles, invitations, messaging. Tabs opened on a profile get the small profile
// reader (linkedin-profile.content) instead; the background loads this one there when the site moves on in place.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  excludeMatches: ['https://www.linkedin.com/in/*'],
  runAt: 'document_idle',
  // Only a second guard: the build swaps in a context that announces nothing (wxt.config.ts); should WXT's
  // own come back, it must not announce the script with a window.postMessage the sites could read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, { platform: 'linkedin', detectors: linkedinDetectors, parsePage: parseLinkedinPage, lists: listReading });
    watchRequestClicks(ctx, contentClient, 'linkedin', linkedinDetectors, () => browser.i18n.getMessage('triage_blockedOnSiteReason', ['LinkedIn']));
  },
});
