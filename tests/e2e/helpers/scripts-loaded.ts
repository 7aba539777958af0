import type { Page } from 'playwright-core';

/** The extension scripts the page's renderer parsed (content scripts and injected ones), by file name. */
export async function scriptsLoaded(page: Page): Promise<() => string[]> {
  const cdp = await page.context().newCDPSession(page);
  const seen: string[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
    if (e.url.startsWith('chrome-extension://')) seen.push(new URL(e.url).pathname);
  });
  await cdp.send('Debugger.enable');
  return () => [...seen];
}
