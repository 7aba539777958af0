import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseXingProfile } from '../../utils/platforms/xing/parse-profile';

export default defineContentScript({
  matches: ['https://www.xing.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, { platform: 'xing', parseProfile: parseXingProfile });
  },
});
