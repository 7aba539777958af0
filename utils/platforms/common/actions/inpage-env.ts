import { linkedinDetectors } from '../../linkedin/urls';
import { xingDetectors } from '../../xing/urls';
import { siteEnv, type InPageEnv } from './inpage-site-env';
import { sitePlatform } from './site-platform';

export type { InPageEnv };

/** The environment on either site (scripts shared by both); undefined on any other site. */
export function inPageEnv(): InPageEnv | undefined {
  const platform = sitePlatform(location.hostname);
  if (!platform) return undefined;
  return siteEnv(platform, platform === 'xing' ? xingDetectors : linkedinDetectors);
}
