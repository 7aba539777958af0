import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseLinkedinPage } from '../../utils/platforms/linkedin/parse-page';
import { linkedinDetectors } from '../../utils/platforms/linkedin/urls';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: the sites could read it (it names our extension id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, { platform: 'linkedin', detectors: linkedinDetectors, parsePage: parseLinkedinPage });
  },
});
