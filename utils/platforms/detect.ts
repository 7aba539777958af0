import { matchPage, type DetectedPage, type PageDetector } from './page-types';
import { linkedinDetectors } from './linkedin/urls';
import { xingDetectors } from './xing/urls';

export const ALL_DETECTORS: readonly PageDetector[] = [...xingDetectors, ...linkedinDetectors];

/** The page type of a URL on either site, or null for pages Handschlag does not read. Pure. */
export function detectPage(href: string, detectors: readonly PageDetector[] = ALL_DETECTORS): DetectedPage | null {
  return matchPage(href, detectors);
}
