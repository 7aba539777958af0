import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/platforms/common/actions/capture';
import { parseLinkedinProfilePage } from '../../utils/platforms/linkedin/parse-profile-page';
import { linkedinDetectors } from '../../utils/platforms/linkedin/urls';

// The LinkedIn profile reader: what a tab opened on a profile runs. Small on purpose: in a new tab the whole
// script is parsed and every function it runs is compiled first (BENCHMARKS.md, "profile page load").
export default defineContentScript({
  matches: ['https://www.linkedin.com/in/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, {
      platform: 'linkedin',
      detectors: linkedinDetectors,
      parsePage: parseLinkedinProfilePage,
      fullReaderReads: ['linkedin.invitations.received', 'linkedin.invitations.sent', 'linkedin.messaging'],
    });
  },
});
