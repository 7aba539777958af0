import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import { clickedRequestAction } from '../../click-action';
import { matchPage, type PageDetector } from '../../page-types';
import type { ScriptLifetime } from './page-context';

/** The blocklist's reason for a block the user made with the site's own button, in the UI's language. */
export type BlockReason = (platform: Platform) => string;

/**
 * Clicks on a request's own buttons (accept, ignore, withdraw…) close it in the journal, so that it is never
 * mistaken for a withdrawal by the sender. Only the sites' full readers listen: profile pages show no requests.
 * A block puts the person on the blocklist too, with `blockReason`'s words (flagged wherever they come again).
 */
export function watchRequestClicks(ctx: ScriptLifetime, client: Client, platform: Platform, detectors: readonly PageDetector[], blockReason?: BlockReason): void {
  ctx.addEventListener(document, 'click', (event) => {
    // Only the user's own clicks count: the page can dispatch a synthetic click (isTrusted false) on any button.
    if (!event.isTrusted) return;
    const page = matchPage(location.href, detectors);
    if (!page || !/requests|invitations/.test(page.type) || !(event.target instanceof Element)) return;
    const acted = clickedRequestAction(event.target, location.href, detectors);
    if (!acted) return;
    const direction = page.type.endsWith('.sent') ? 'sent' : 'received';
    const reason = acted.action === 'block' && blockReason ? { reason: blockReason(platform).slice(0, 500) } : {};
    void client.send('request/acted', { platform, direction, key: acted.key, action: acted.action, ...reason });
  }, { capture: true });
}
