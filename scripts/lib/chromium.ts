import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browsers';
import { isSiteUrl, siteResponse, type ServedPage } from './site-server';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionRequest {
  url: string;
  from: string;
  resourceType: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Requests made by the extension's own contexts (worker, popup, dashboard) or by script on a site page. */
  extensionRequests: ExtensionRequest[];
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

// Requests the page's own HTML parser makes for its static resources (saved pages link scripts, images,
// CSS; page scripts are then refused by the fixture CSP and every request is aborted).
const PAGE_RESOURCE_TYPES = new Set(['document', 'stylesheet', 'script', 'image', 'font', 'media', 'manifest', 'texttrack', 'other']);

/** Headless Chromium with the built extension loaded and the given pages served at their real URLs. */
export interface LaunchOptions {
  locale?: string;
  /** Show a window (the demo on a machine with a display). Tests always run headless. */
  headed?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /** False starts the same browser without the extension (benchmarks compare the two). */
  withExtension?: boolean;
  /** Another unpacked extension instead of the Chrome build (the bench's baseline content script). */
  extensionPath?: string;
  /** More command-line switches (experiments: V8 flags and the like). */
  args?: readonly string[];
  /** A browser profile of the caller's, kept on close (a browser restart: launch again with the same one). */
  profile?: string;
}

export async function launchChromium(pages: readonly ServedPage[], options: LaunchOptions = {}): Promise<ChromiumSession> {
  // Lets Playwright see the extension service worker's own requests.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'handschlag-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: !options.headed,
    // On Linux the extension UI language comes from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_'), LANG: `${(options.locale ?? 'en-US').replace('-', '_')}.UTF-8` },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    args: [
      ...CHROMIUM_ARGS,
      `--lang=${options.locale ?? 'en-US'}`,
      ...(options.args ?? []),
      ...(options.withExtension === false ? [] : [`--disable-extensions-except=${options.extensionPath ?? CHROME_BUILD}`, `--load-extension=${options.extensionPath ?? CHROME_BUILD}`]),
    ],
  });
  const extensionRequests: ExtensionRequest[] = [];
  const record = (request: Request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : safeFrameUrl(request);
    if (worker || frameUrl.startsWith('chrome-extension://')) {
      extensionRequests.push({ url, from: frameUrl, resourceType: request.resourceType() });
    } else if (!PAGE_RESOURCE_TYPES.has(request.resourceType())) {
      // Page scripts are blocked by CSP on fixture pages, so a fetch/XHR/beacon here came from our content script.
      extensionRequests.push({ url, from: frameUrl, resourceType: request.resourceType() });
    }
  };
  context.on('request', record);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    if (isSiteUrl(url) && route.request().resourceType() === 'document') {
      const res = siteResponse(pages, url);
      return route.fulfill({ status: res.status, contentType: res.contentType, body: res.body, headers: res.headers });
    }
    return route.abort('blockedbyclient'); // this machine has no network; nothing may leave it anyway
  });
  let extensionId = '';
  if (options.withExtension !== false) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    extensionRequests,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
