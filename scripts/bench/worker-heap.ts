import type { BrowserContext } from 'playwright-core';

/** Used JS heap of the extension's service worker after a forced collection, over the browser's CDP. */
export async function workerHeapMB(context: BrowserContext): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('extension service worker not running');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  const pending = new Map<number, (value: { result?: { usedSize?: number } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  let id = 0;
  const call = (method: string) =>
    new Promise<{ result?: { usedSize?: number } }>((resolve) => {
      const n = ++id;
      pending.set(n, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params: {} }) });
    });
  await call('HeapProfiler.collectGarbage');
  const usage = await call('Runtime.getHeapUsage');
  await cdp.detach();
  return (usage.result?.usedSize ?? NaN) / 1024 / 1024;
}

/**
 * Stops the extension's service worker, as the browser does when it idles; the next message starts a
 * fresh one. Benchmarks that fill the journal directly do this so no cache of the worker is stale.
 */
export async function restartWorker(context: BrowserContext): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  for (const t of targetInfos.filter((x) => x.type === 'service_worker' && x.url.startsWith('chrome-extension://'))) {
    await cdp.send('Target.closeTarget', { targetId: t.targetId });
  }
  await cdp.detach();
}
