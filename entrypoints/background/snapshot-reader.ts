import { browser } from 'wxt/browser';
import type { SnapshotReader } from '../../utils/journal/snapshot-handler';
import { OFFSCREEN_PARSE, parseSnapshot } from '../../utils/platforms/parse-snapshot';

/**
 * Where a profile reader's page copy is read (issue 15). Firefox's background is an event page with a DOM: it
 * parses the copy itself. Chrome's is a service worker without DOMParser: the copy goes to an offscreen document
 * (entrypoints/offscreen), made on the first copy and closed after a minute without one, so a user who is not
 * looking at profiles has no extra page open.
 */
const OFFSCREEN_PATH = '/offscreen.html';
const IDLE_CLOSE_MS = 60_000;

let opening: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Whether our offscreen document is open; false where the browser cannot tell (getContexts: Chrome 116+). */
async function offscreenOpen(): Promise<boolean> {
  if (!browser.runtime.getContexts) return false;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return open.length > 0;
}

/** Opens the offscreen document unless it is open; two copies at once share one opening. */
function ensureOffscreen(): Promise<void> {
  opening ??= (async () => {
    if (await offscreenOpen()) return;
    try {
      await browser.offscreen.createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Reads a copy of a XING or LinkedIn profile page away from the page.' });
    } catch (error) {
      // Open already (an earlier worker's, or a browser that cannot tell us): an extension has one at most.
      if (/single offscreen document/i.test(String(error)) || (await offscreenOpen())) return;
      throw error;
    }
  })().finally(() => (opening = null));
  return opening;
}

function closeWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void browser.offscreen.closeDocument().catch(() => undefined), IDLE_CLOSE_MS);
}

const inOffscreenDocument: SnapshotReader = async (input) => {
  clearTimeout(idleTimer);
  await ensureOffscreen();
  try {
    try {
      return await browser.runtime.sendMessage({ type: OFFSCREEN_PARSE, input });
    } catch {
      // The document was closing as this copy came (the idle close): opened again, asked once more.
      await ensureOffscreen();
      return await browser.runtime.sendMessage({ type: OFFSCREEN_PARSE, input });
    }
  } finally {
    closeWhenIdle();
  }
};

const inThisPage: SnapshotReader = async (input) => parseSnapshot(input, (html) => new DOMParser().parseFromString(html, 'text/html'));

export const readSnapshot: SnapshotReader = import.meta.env.FIREFOX ? inThisPage : inOffscreenDocument;
