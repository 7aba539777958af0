import type { Platform } from '../../../model/base';

/** The site an in-page script runs on, from the tab's host name (undefined on any other site). */
export const sitePlatform = (hostname: string): Platform | undefined =>
  hostname === 'www.xing.com' ? 'xing' : hostname === 'www.linkedin.com' ? 'linkedin' : undefined;
