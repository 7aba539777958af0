import type { BrowserContext, CDPSession } from 'playwright-core';

/** A browser-level DevTools session and the extension's service-worker targets in it. */
async function workerTargets(context: BrowserContext): Promise<{ cdp: CDPSession; workers: { targetId: string }[] }> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  return { cdp, workers: targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')) };
}

/** Used JS heap of the extension's service worker after a forced collection, over the browser's CDP. */
export async function workerHeapMB(context: BrowserContext): Promise<number> {
  const { cdp, workers } = await workerTargets(context);
  const worker = workers[0];
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
  const { cdp, workers } = await workerTargets(context);
  for (const t of workers) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await cdp.detach();
}
