import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDraftHint } from '../utils/platforms/common/actions/inpage-draft';

// The draft hint beside the sites' message and note boxes. Not in the manifest: the background loads it into a tab
// only after the user put the focus into such a box there (utils/journal/draft-handlers.ts), so an ordinary
// profile never compiles its code. The linter itself runs in the background.
export default defineUnlistedScript(() => startDraftHint());
