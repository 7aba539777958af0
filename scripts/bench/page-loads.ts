import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import type { FixtureEntry } from '../lib/fixture-manifest';
import { showInPlace } from '../lib/in-page-navigation';
import { FIXTURES_DIR } from '../lib/site-server';
import { traceScriptTime, type ScriptTime } from './script-time';

// The three ways a page reaches the content script in the bench: a load in a new tab, a reload in the same
// tab, an in-page navigation. Each returns the content script's main-thread time from Chromium's tracer.

// Chromium names an extension's isolated world after the extension.
export const EXTENSION_WORLD = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as { extName: { message: string } }).extName.message;
const SETTLE_MS = 1500;

// Long tasks are collected from the start of every page (buffered), for both sessions alike.
const LONGTASK_INIT = `(() => { const seen = []; window.__hsLongTasks = seen;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {} })();`;

export interface Load {
  time: ScriptTime;
  heapMB: number;
  longTasks: number;
}

interface LoadOptions {
  after?: (page: Page) => Promise<void>;
  /** The extension's isolated world (Handschlag's unless the baseline extension is measured). */
  world?: string;
  /** Also trace how much of the time was compiling JavaScript. */
  compile?: boolean;
  /** Also the time from this script's evaluation on (script-time.ts). */
  from?: string;
}

/** One page load in a new tab (a new renderer process: nothing compiled or cached yet). */
export async function loadInNewTab(session: ChromiumSession, url: string, options: LoadOptions = {}): Promise<Load> {
  const page = await session.context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  const time = await traceScriptTime(session.context, page, options.world ?? EXTENSION_WORLD, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    if (options.after) await options.after(page);
  }, options.compile, options.from);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const longTasks = ((await page.evaluate('window.__hsLongTasks || []')) as number[]).filter((d) => d >= 50).length;
  await page.close();
  return { time, heapMB: heap.usedSize / 1024 / 1024, longTasks };
}

/** The same profile reloaded in one tab: the renderer keeps the compiled script, as when browsing in a tab. */
export async function reloads(session: ChromiumSession, url: string, runs: number): Promise<ScriptTime[]> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const times: ScriptTime[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await traceScriptTime(session.context, page, EXTENSION_WORLD, async () => {
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    }));
  }
  await page.close();
  return times;
}

/** One profile, then another shown by pushState and a re-rendered body, as both sites do on a link click. */
export async function inPageNavigations(session: ChromiumSession, fromUrl: string, target: FixtureEntry, runs: number): Promise<ScriptTime[]> {
  const html = readFileSync(resolve(FIXTURES_DIR, 'xing', target.file), 'utf8');
  const to = new URL(target.url);
  const times: ScriptTime[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.context.newPage();
    await page.goto(fromUrl, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    times.push(await traceScriptTime(session.context, page, EXTENSION_WORLD, async () => {
      await page.evaluate(showInPlace, [html, `${to.pathname}${to.search}`] as const);
      await page.waitForTimeout(SETTLE_MS);
    }));
    await page.close();
  }
  // The measurement means something only if the content script read the second profile.
  const ext = await session.openExtensionPage('popup.html');
  const key = target.expect.person!.key;
  const res = await sendFromPage<{ ok: boolean; data?: { view: unknown } }>(ext, 'person/get', { platform: 'xing', key });
  await ext.close();
  if (!res.ok || !res.data?.view) throw new Error('the in-page navigation was not read: its figure would be meaningless');
  return times;
}
