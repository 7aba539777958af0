import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSnapshotCapture } from '../../utils/platforms/common/actions/capture-snapshot';
import { linkedinDetectors } from '../../utils/platforms/linkedin/urls';

// The LinkedIn profile reader: what a tab opened on a profile runs. It copies the page and sends the copy; the
// background parses it (issue 15): in a new tab the whole script is parsed and every function it runs is compiled
// first, so the parsers stay out of the page (BENCHMARKS.md, "profile page load").
export default defineContentScript({
  matches: ['https://www.linkedin.com/in/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSnapshotCapture(ctx, {
      platform: 'linkedin',
      detectors: linkedinDetectors,
      fullReaderReads: ['linkedin.invitations.received', 'linkedin.invitations.sent', 'linkedin.messaging'],
    });
  },
});
