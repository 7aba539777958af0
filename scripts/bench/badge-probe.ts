import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../lib/chromium';
import { HOSTS_IN } from '../lib/our-hosts';
import { EXTENSION_WORLD } from './page-loads';

// When each badge shows its score, seen from inside the extension's isolated world: the badges live in closed shadow
// roots, which only the extension's own world can open (chrome.dom.openOrClosedShadowRoot). The probe is put
// there over CDP as soon as the world exists and observes its pill showing a score.
// Its observers run in our world, so loads with the probe are timed only, never traced for CPU.
const PROBE = `(() => {
  const marks = [];
  globalThis.__hsBadgeMarks = marks;
  const byHost = new Map();
  const scoredNow = (host, mark) => {
    if (mark.scored !== undefined) return;
    const root = chrome.dom.openOrClosedShadowRoot(host);
    if (root && root.querySelector('.pill:not(.unscored)')) mark.scored = performance.now();
  };
  const hostsIn = ${HOSTS_IN}; // as the page sees our hosts (scripts/lib/our-hosts.ts); seen() keeps those with a root
  const seen = (host) => {
    if (byHost.has(host) || !chrome.dom.openOrClosedShadowRoot(host)) return; // a host without a root is none of ours
    const link = host.parentElement && host.parentElement.querySelector('a[href*="/profile/"], a[href*="/in/"]');
    const mark = { added: performance.now(), href: link ? link.getAttribute('href') : '' };
    byHost.set(host, mark);
    marks.push(mark);
    scoredNow(host, mark);
    const root = chrome.dom.openOrClosedShadowRoot(host);
    if (root) new MutationObserver(() => scoredNow(host, mark)).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  // Hosts already there (the badges now load while the reader reads, and the probe gets here over a round trip
  // through this process): marked as added now, later than they were, so the figures err on the slow side.
  const early = hostsIn(document);
  early.forEach(seen);
  new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) hostsIn(n).forEach(seen); })
    .observe(document, { subtree: true, childList: true });
  return early.length;
})()`;

// When each host is added is seen from the page's main world instead, by an observer put there before the document
// exists (Page.addScriptToEvaluateOnNewDocument): pills that start early (document_start, or a fast document_end) often come before the round trip
// that brings the isolated-world probe, which then marked them late. The host element is in the light DOM, so the
// main world sees it being added (its observer runs after the task that added it, as the one above).
const ADDED_PROBE = `(() => {
  const added = [];
  globalThis.__hsBadgeAdded = added;
  const hostsIn = ${HOSTS_IN}; // our hosts as the page sees them (scripts/lib/our-hosts.ts)
  const counted = new WeakSet(); // a host moved by the site (removed and added again) counts once
  const linkOf = (host) => { const link = host.parentElement && host.parentElement.querySelector('a[href*="/profile/"], a[href*="/in/"]'); return link ? link.getAttribute('href') : ''; };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      for (const host of hostsIn(n)) {
        if (counted.has(host)) continue;
        counted.add(host);
        added.push({ added: now, href: linkOf(host) });
      }
    }
  }).observe(document, { subtree: true, childList: true });
})()`;

export interface BadgeMark {
  /** performance.now() of the page when the badge's host was added to its card (with its pill). */
  added: number;
  /** The first profile link of its card (the bench's cloned cards carry their number: `…x1042`). */
  href: string;
  /** … and when its pill first showed a score (undefined: never during the load). */
  scored?: number;
}

/**
 * Loads `url` in a new tab with the probe in the extension's world, settles, runs `after`; returns the document's
 * parse end (performance.now() of the page: the list is in the DOM then) and every badge's marks.
 */
export async function probeBadges(session: ChromiumSession, url: string, settleMs: number, after?: (page: Page) => Promise<void>): Promise<{ parsed: number; marks: BadgeMark[] }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  let installed: Promise<unknown> | undefined;
  let contextId = 0;
  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; name: string } }) => {
    if (event.context.name !== EXTENSION_WORLD || installed) return;
    contextId = event.context.id;
    installed = cdp.send('Runtime.evaluate', { expression: PROBE, contextId, returnByValue: true });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: ADDED_PROBE });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    if (after) await after(page);
    if (!installed) throw new Error(`no content script of ours ran on ${url}`);
    const early = ((await installed) as { result: { value: number } }).result.value;
    if (early) console.error(`the isolated-world probe came after ${early} badge(s) on ${url}: their scores count as shown when it came (those figures err on the slow side)`);
    const parsed = (await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive)) as number;
    const inWorld = (await cdp.send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__hsBadgeMarks)', contextId, returnByValue: true })) as { result: { value: string } };
    const scored = new Map<string, number | undefined>();
    for (const m of JSON.parse(inWorld.result.value) as BadgeMark[]) if (!scored.has(m.href)) scored.set(m.href, m.scored);
    // Hosts the page's observer saw, with their scores from the isolated world (the same card's first link).
    const added = (await page.evaluate('globalThis.__hsBadgeAdded')) as { added: number; href: string }[];
    const marks = added.map((m) => ({ ...m, ...(scored.get(m.href) !== undefined ? { scored: scored.get(m.href)! } : {}) }));
    return { parsed, marks };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
