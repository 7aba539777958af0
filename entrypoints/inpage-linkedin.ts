import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startInPage } from '../utils/platforms/common/actions/inpage-badges';
import { invitationCards } from '../utils/platforms/linkedin/parse-invitations';
import { linkedinDetectors } from '../utils/platforms/linkedin/urls';

// The in-page badges' pills on LinkedIn's invitation lists, with LinkedIn's code alone (XING's: inpage-xing.ts). Not
// in the manifest: the background has the browser load it into LinkedIn's invitation lists only (entrypoints/
// background/tab-actions.ts), so profile pages never compile it.
export default defineUnlistedScript(() => startInPage({ platform: 'linkedin', detectors: linkedinDetectors, cards: invitationCards }));
