import { browser } from '../../utils/platforms/common/actions/content-browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { contentClient } from '../../utils/platforms/common/actions/capture-client';
import { listReading } from '../../utils/platforms/common/actions/list-reading';
import { watchRequestClicks } from '../../utils/platforms/common/actions/request-clicks';
import { parseXingPage } from '../../utils/platforms/xing/parse-page';
import { xingDetectors } from '../../utils/platforms/xing/urls';

// The full XING reader: profiles, request lists, chats. Tabs opened on a profile get the small profile reader
// (xing-profile.content) instead; the background loads this one there when the site moves on in place.
export default defineContentScript({
  matches: ['https://www.xing.com/*'],
  excludeMatches: ['https://www.xing.com/profile/*'],
  runAt: 'document_idle',
  // Only a second guard: the build swaps in a context that announces nothing (wxt.config.ts); should WXT's
  // own come back, it must not announce the script with a window.postMessage the sites could read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, { platform: 'xing', detectors: xingDetectors, parsePage: parseXingPage, lists: listReading });
    watchRequestClicks(ctx, contentClient, 'xing', xingDetectors, () => browser.i18n.getMessage('triage_blockedOnSiteReason', ['XING']));
  },
});
