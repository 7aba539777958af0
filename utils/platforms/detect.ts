import type { DetectedPage, PageDetector } from './page-types';
import { linkedinDetectors } from './linkedin/urls';
import { xingDetectors } from './xing/urls';

export const ALL_DETECTORS: readonly PageDetector[] = [...xingDetectors, ...linkedinDetectors];

/** The page type of a URL, or null for pages Handschlag does not read. Pure. */
export function detectPage(href: string, detectors: readonly PageDetector[] = ALL_DETECTORS): DetectedPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const detector of detectors) {
    const hit = detector.test(url);
    if (hit) return hit;
  }
  return null;
}
