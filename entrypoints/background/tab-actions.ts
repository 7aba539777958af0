import { browser } from 'wxt/browser';
import type { TabActions } from '../../utils/journal/handlers';

/**
 * Tab actions over `browser.scripting`. A tab opened on a profile gets only the site's small profile reader
 * (manifest `content_scripts`); when the site then shows a request list or a chat in place, the full reader
 * is loaded here. It stops the profile reader when it starts (utils/platforms/common/actions/page-context.ts).
 */
export const tabActions: TabActions = {
  async loadReader(tabId, platform) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/content-scripts/${platform}.js`] });
  },
};
