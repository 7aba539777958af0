import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseLinkedinProfile } from '../../utils/platforms/linkedin/parse-profile';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, { platform: 'linkedin', parseProfile: parseLinkedinProfile });
  },
});
