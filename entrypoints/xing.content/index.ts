import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseXingPage } from '../../utils/platforms/xing/parse-page';
import { xingDetectors } from '../../utils/platforms/xing/urls';

export default defineContentScript({
  matches: ['https://www.xing.com/*'],
  runAt: 'document_idle',
  // Only a second guard: the build swaps in a context that announces nothing (wxt.config.ts); should WXT's
  // own come back, it must not announce the script with a window.postMessage the sites could read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, { platform: 'xing', detectors: xingDetectors, parsePage: parseXingPage });
  },
});
