import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installRich } from '../utils/platforms/common/actions/inpage-rich';

// The rich request badge (reasons, journal facts, actions). Not in the manifest: the background loads it into a
// list's tab only when the user turns to a pill there (`inpage/load-rich`), for the pills of entrypoints/inpage-{xing,linkedin}.ts.
export default defineUnlistedScript(() => installRich());
