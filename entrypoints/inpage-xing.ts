import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startInPage } from '../utils/platforms/common/actions/inpage-badges';
import { findRequestCards } from '../utils/platforms/xing/request-cards';
import { xingDetectors } from '../utils/platforms/xing/urls';

// The in-page badges' pills on XING's request lists, with XING's code alone (LinkedIn's: inpage-linkedin.ts). Not in
// the manifest: the background has the browser load it into XING's request lists only (entrypoints/background/
// tab-actions.ts), so profile pages never compile it.
export default defineUnlistedScript(() => startInPage({ platform: 'xing', detectors: xingDetectors, cards: findRequestCards }));
