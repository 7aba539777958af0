import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startInPage } from '../utils/platforms/common/actions/inpage-badges';

// The in-page badges on request lists. Not in the manifest: the background loads it into a tab only when that
// tab shows a request list (entrypoints/background/tab-actions.ts), so profile pages never compile it.
export default defineUnlistedScript(() => startInPage());
