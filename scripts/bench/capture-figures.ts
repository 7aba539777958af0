import { launchChromium } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import { fixtures } from '../lib/fixture-manifest';
import type { ServedPage } from '../lib/site-server';
import { median, type Figure } from './stats';

/** From the page's load event to the person committed in the journal, over every made-up profile fixture. */
export async function captureFigures(): Promise<Figure[]> {
  const profiles = (['xing', 'linkedin'] as const).flatMap((site) =>
    fixtures(site)
      .filter((e) => e.pageType.endsWith('.profile') && e.expect.person && !e.file.startsWith('real/'))
      .map((e) => ({ site, url: e.url, file: `${site}/${e.file}`, key: e.expect.person!.key })),
  );
  const served: ServedPage[] = profiles.map(({ url, file }) => ({ url, file }));
  const session = await launchChromium(served);
  const times: number[] = [];
  try {
    const ext = await session.openExtensionPage('options.html#diagnostics');
    const site = await session.context.newPage();
    for (const p of profiles) {
      await site.goto(p.url, { waitUntil: 'load' });
      const loaded = Date.now();
      for (;;) {
        const res = await sendFromPage<{ ok: boolean; data?: { view: unknown } }>(ext, 'person/get', { platform: p.site, key: p.key });
        if (res.ok && res.data?.view) break;
        if (Date.now() - loaded > 10_000) throw new Error(`capture of ${p.url} did not arrive`);
        await new Promise((r) => setTimeout(r, 5));
      }
      times.push(Date.now() - loaded);
    }
  } finally {
    await session.close();
  }
  return [
    {
      group: 'page cost',
      name: `profile page load → person committed in the journal (${times.length} profiles)`,
      value: median(times),
      unit: 'ms',
      spread: [Math.min(...times), Math.max(...times)],
      runs: times.length,
    },
  ];
}
