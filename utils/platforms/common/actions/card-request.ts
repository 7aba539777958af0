import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import { matchPage, type PageDetector } from '../../page-types';

/**
 * Tells the background which profile the tab shows, once per profile: for a person the journal knows, the
 * background loads the recognition card into the tab (entrypoints/profile-card.ts). This is all a reader does
 * for the card, so a profile of someone unknown costs one message and no card code.
 */
export function profileAnnouncer(client: Client, platform: Platform, detectors: readonly PageDetector[]): () => void {
  let told: string | undefined;
  return () => {
    const page = matchPage(location.href, detectors);
    const key = page?.type === `${platform}.profile` ? page.key : undefined;
    if (key === told) return;
    told = key;
    if (key) void client.send('inpage/profile-opened', { platform, key });
  };
}
