import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCard } from '../utils/platforms/common/actions/inpage-card';

// The recognition card on profiles. Not in the manifest: the background loads it into a tab only when the tab
// shows the profile of a person the journal knows (utils/journal/card-handlers.ts), so an ordinary profile never
// compiles its code.
export default defineUnlistedScript(() => startCard());
