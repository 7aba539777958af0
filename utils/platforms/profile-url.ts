import type { Platform } from '../model/base';

/** The canonical https profile URL for a profile key. Pure. */
export function profileUrl(platform: Platform, key: string): string {
  return platform === 'xing'
    ? `https://www.xing.com/profile/${encodeURIComponent(key)}`
    : `https://www.linkedin.com/in/${encodeURIComponent(key)}/`;
}
