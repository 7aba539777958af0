import { browser } from 'wxt/browser';
import { offscreenParseRequest, parseSnapshot } from '../../utils/platforms/parse-snapshot';

// Chrome's offscreen document (issue 15): the service worker has no DOMParser, so a profile reader's page copy is
// read here, with the same parsers that once ran in the page. It answers the background alone, and nothing else.
const own = { id: browser.runtime.id, backgroundUrl: browser.runtime.getURL('/background.js') };
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string; tab?: unknown }, sendResponse: (answer: unknown) => void): true | undefined => {
  const input = offscreenParseRequest(message, sender, own);
  if (!input) return undefined;
  let answer: unknown;
  try {
    answer = parseSnapshot(input, parseHtml);
  } catch (error) {
    // A parser that throws met a layout it does not know: a failure the user sees in Diagnostics, not a silent nothing.
    answer = { ok: false, error: { code: 'layout-not-recognised', pageType: null, message: String(error).slice(0, 400) } };
  }
  sendResponse(answer);
  return true;
});
