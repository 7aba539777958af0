import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseLinkedinPage } from '../../utils/platforms/linkedin/parse-page';
import { linkedinDetectors } from '../../utils/platforms/linkedin/urls';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // Only a second guard: the build swaps in a context that announces nothing (wxt.config.ts); should WXT's
  // own come back, it must not announce the script with a window.postMessage the sites could read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, { platform: 'linkedin', detectors: linkedinDetectors, parsePage: parseLinkedinPage });
  },
});
