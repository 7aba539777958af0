import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../../scripts/lib/browsers';
import { GECKO_ID } from '../../../wxt.config';
import type { ExtensionRequest } from '../../../scripts/lib/chromium';
import { isSiteUrl, siteResponse, type ServedPage } from '../../../scripts/lib/site-server';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
// Pinned so extension pages have a known moz-extension:// origin.
export const FIREFOX_UUID = '6f1c3e9a-2b4d-4c8e-9a7f-5d3b1e2c4a60';
const EXTENSION_BASE = `moz-extension://${FIREFOX_UUID}/`;

export interface FirefoxSession {
  browser: Browser;
  extensionRequests: ExtensionRequest[];
  /** A tab whose requests to the two sites are answered from fixtures. */
  openSitePage(url: string): Promise<Page>;
  /** Opens popup.html, options.html, … and waits until the page's script answers. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** More browser prefs, e.g. `extensions.originControls.grantByDefault: false` (site access withheld). */
  prefs?: Readonly<Record<string, string | number | boolean>>;
}

/** Headless Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on. */
export async function launchFirefox(pages: readonly ServedPage[], options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': 'en-US',
      ...options.prefs,
    },
  });
  const extensionRequests: ExtensionRequest[] = [];
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const intercept = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      const type = resourceType(request);
      if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('about:')) {
        void request.continue().catch(() => undefined);
        return;
      }
      const frameUrl = request.frame()?.url() ?? '';
      if (frameUrl.startsWith('moz-extension://') || ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(type)) {
        extensionRequests.push({ url, from: frameUrl, resourceType: type });
      }
      if (isSiteUrl(url) && request.isNavigationRequest()) {
        const res = siteResponse(pages, url);
        void request.respond({ status: res.status, contentType: res.contentType, body: res.body, headers: res.headers }).catch(() => undefined);
      } else void request.abort('blockedbyclient').catch(() => undefined); // the page may be gone already
    });
  };

  return {
    browser,
    extensionRequests,
    async openSitePage(url) {
      const page = await browser.newPage();
      await intercept(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      await intercept(page);
      // Navigations to moz-extension:// never report "loaded" over BiDi: start it, then poll the page.
      void page.goto(`${EXTENSION_BASE}${path}`).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const found = await page.evaluate((selector) => !!document.querySelector(selector), ready).catch(() => false);
        if (found) return page;
        if (Date.now() > deadline) throw new Error(`extension page ${path} did not show ${ready}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async close() {
      await browser.close();
    },
  };
}

/** BiDi does not know every request's type in every Firefox; unknown counts as "other". */
function resourceType(request: HTTPRequest): string {
  try {
    return request.resourceType();
  } catch {
    return 'other';
  }
}
