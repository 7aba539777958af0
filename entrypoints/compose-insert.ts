import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installComposeInsert } from '../utils/platforms/common/actions/compose-insert';

// The composer's Insert. Not in the manifest: the popup loads it into the tab it acts on when the user clicks
// Insert (entrypoints/popup/composer-host.ts), so opening a profile never compiles this code.
export default defineUnlistedScript(() => installComposeInsert());
