import type { Platform } from '../../../model/base';
import { MAX_SNAPSHOT_CHARS } from '../../../messaging/limits';
import type { CaptureNowAnswer } from '../../../messaging/tab-messages';
import { matchPage, type PageDetector, type PageType } from '../../page-types';
import { takeSnapshot } from '../../snapshot';
import type { ScriptLifetime } from './page-context';
import { createDelivery } from './delivery';
import { contentClient as client } from './capture-client';
import { answerOf } from './capture-shell';
import { startReaderLoop } from './capture-loop';

export interface ProfileReaderSite {
  platform: Platform;
  /** This site's page detectors (the other site's are not bundled). */
  detectors: readonly PageDetector[];
  /** The page types only the site's full reader reads: when the site moves on in place to one, it takes over. */
  fullReaderReads: readonly PageType[];
}

/**
 * A profile reader's loop (issue 15): it does not parse the page. When the page loads, after every in-page
 * navigation and while the page is still rendering, it copies what the readers need (takeSnapshot) and sends it;
 * the background reads it away from the page and records it. The page pays for the copy and one message.
 */
export function startSnapshotCapture(ctx: ScriptLifetime, site: ProfileReaderSite): void {
  const delivery = createDelivery((fn, ms) => ctx.setTimeout(fn, ms), () => void capture(false));

  const capture = async (force: boolean): Promise<CaptureNowAnswer> => {
    const page = matchPage(location.href, site.detectors);
    if (page && site.fullReaderReads.includes(page.type)) return handOff(page.type);
    if (page?.type !== `${site.platform}.profile`) {
      loop.watchGrowth(false);
      loop.status = { state: 'unsupported' };
      return { ok: false, error: 'not a page Handschlag reads' };
    }
    const url = location.href;
    const html = takeSnapshot(document, site.platform);
    const settled = force || !loop.settling();
    const fingerprint = `${settled}\n${url}\n${html}`;
    if (!force && !delivery.due(fingerprint)) return answerOf(loop.status);
    delivery.sending(fingerprint);
    const res =
      html.length > MAX_SNAPSHOT_CHARS
        ? await tooLarge(url, !force)
        : await client.send('capture/snapshot', { platform: site.platform, url, html, settled, auto: !force });
    const reached = delivery.settle(fingerprint, res.ok || res.error.code !== 'unreachable');
    if (!res.ok) {
      if (res.error.code === 'capture-off') {
        delivery.forget(); // once switched on again, the same page is read and sent
        loop.status = { state: 'manual', pageType: page.type };
      } else loop.status = reached === 'retrying' ? { state: 'reading', pageType: page.type } : { state: 'error', pageType: page.type, error: res.error };
      return answerOf(loop.status);
    }
    const pageType = res.data.pageType ?? page.type;
    if (res.data.state === 'not-yet') {
      // Maybe still rendering (both sites fill their pages in after load): sent again when elements arrive, and
      // once more when the page has had its time; only that copy counts a failure in Diagnostics.
      loop.status = { state: 'reading', pageType };
      loop.awaitRender();
      return { ok: false, error: 'the page is still loading' };
    }
    loop.watchGrowth(false);
    loop.status = res.data.state === 'recorded' ? { state: 'read', pageType } : { state: 'error', pageType, error: res.data.error ?? { code: 'layout-not-recognised', message: 'the page could not be read' } };
    return answerOf(loop.status);
  };

  /** A page too large to send: said as a named failure (counted in Diagnostics), nothing read. */
  const tooLarge = async (url: string, auto: boolean) => {
    const error = { code: 'page-too-large', message: `the page copy is over ${MAX_SNAPSHOT_CHARS} characters` };
    const res = await client.send('capture/failed', { platform: site.platform, url, auto, pageType: `${site.platform}.profile`, error });
    return res.ok ? ({ ok: true, data: { state: 'failed', pageType: `${site.platform}.profile`, error } } as const) : res;
  };

  /** A page for the site's full reader: the background loads it into this tab, and it takes over from here. */
  const handOff = async (pageType: PageType): Promise<CaptureNowAnswer> => {
    loop.status = { state: 'reading', pageType };
    const res = await client.send('page/load-reader', { platform: site.platform });
    if (res.ok) return { ok: false, error: 'the page reader is loading' };
    loop.status = { state: 'error', pageType, error: res.error };
    return answerOf(loop.status);
  };

  const loop = startReaderLoop(ctx, site, capture);
}
