import type { Platform } from '../../../model/base';
import { CAPTURE_NOW, PAGE_STATUS, type CaptureNowAnswer, type PageStatus } from '../../../messaging/tab-messages';
import type { ChangeFeed } from '../../card-memo';
import type { PageDetector } from '../../page-types';
import { contentClient } from './capture-client';
import { answerTheExtension, debounce, SETTLE_MS } from './capture-shell';
import { profileAnnouncer } from './card-request';
import { watchDraftBoxes } from './draft-box-watch';
import type { ScriptLifetime } from './page-context';
import { growthWatcher, onInPageNavigation, type GrowthWatcher } from './page-watch';

/** What a reader's capture step shares with the loop around it. */
export interface ReaderLoop {
  /** What the reader made of the page, for the popup. */
  status: PageStatus;
  /** Whether the page may still be rendering: within SETTLE_MS of the load or the last in-page navigation. */
  settling(now?: number): boolean;
  /** The page looked unrendered: read again as elements arrive, and once more when its settle time is over. */
  awaitRender(): void;
  /** Read again when the page grows (on), or stop watching (off). The observer is made when first needed. */
  watchGrowth(on: boolean): void;
  /** What changed in the watched region since the card memo last asked (nothing is vouched for while not watching). */
  changes: ChangeFeed;
}

/**
 * The loop both readers run (the full reader, capture.ts; a profile reader, capture-snapshot.ts) around their own
 * capture step: capture when the page loads (in a task of its own, after the one that evaluated the script; the card
 * question first, so the background looks the person up while the page is read), again after every in-page
 * navigation with a new settle time, while the page renders and as it grows; watch the draft boxes; answer the popup.
 * `capture` is called only after this returns.
 */
export function startReaderLoop(
  ctx: ScriptLifetime,
  site: { platform: Platform; detectors: readonly PageDetector[] },
  capture: (force: boolean) => Promise<CaptureNowAnswer>,
  onNavigation: () => void = () => undefined,
): ReaderLoop {
  let settleUntil = Date.now() + SETTLE_MS;
  let settleTimer: number | undefined;
  let growth: GrowthWatcher | undefined;
  const recapture = debounce(ctx, () => void capture(false), 400);
  const loop: ReaderLoop = {
    status: { state: 'idle' },
    settling: (now = Date.now()) => now < settleUntil,
    awaitRender() {
      loop.watchGrowth(true);
      settleTimer ??= ctx.setTimeout(() => void capture(false), Math.max(0, settleUntil - Date.now()) + 50);
    },
    watchGrowth: (on) => (on ? (growth ??= growthWatcher(ctx, recapture)).watch() : growth?.stop()),
    changes: { take: () => growth?.take() ?? { root: null, continuous: false, changed: [], removed: [] } },
  };

  const announce = profileAnnouncer(contentClient, site.platform, site.detectors);
  ctx.setTimeout(() => {
    announce();
    void capture(false);
  }, 0);
  onInPageNavigation(ctx, () => {
    announce();
    onNavigation();
    settleUntil = Date.now() + SETTLE_MS;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = undefined;
    loop.status = { state: 'idle' };
    recapture();
  });
  watchDraftBoxes(ctx, contentClient, site.platform);
  answerTheExtension(ctx, (type) => (type === CAPTURE_NOW ? capture(true) : type === PAGE_STATUS ? Promise.resolve(loop.status) : undefined));
  return loop;
}
