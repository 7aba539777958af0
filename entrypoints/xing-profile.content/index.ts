import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseXingProfilePage } from '../../utils/platforms/xing/parse-profile-page';
import { xingDetectors } from '../../utils/platforms/xing/urls';

// The XING profile reader: what a tab opened on a profile runs. Small on purpose: in a new tab the whole
// script is parsed and every function it runs is compiled first (BENCHMARKS.md, "profile page load").
export default defineContentScript({
  matches: ['https://www.xing.com/profile/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, {
      platform: 'xing',
      detectors: xingDetectors,
      parsePage: parseXingProfilePage,
      fullReaderReads: ['xing.requests.received', 'xing.requests.sent', 'xing.messages'],
    });
  },
});
