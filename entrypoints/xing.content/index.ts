import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseXingPage } from '../../utils/platforms/xing/parse-page';
import { xingDetectors } from '../../utils/platforms/xing/urls';

export default defineContentScript({
  matches: ['https://www.xing.com/*'],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: the sites could read it (it names our extension id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, { platform: 'xing', detectors: xingDetectors, parsePage: parseXingPage });
  },
});
