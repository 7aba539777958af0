import { matchPage, type PageDetector } from '../page-types';
import type { KeyOfHref } from './controls';

/**
 * The profile key a link names, by one site's detectors (relative links against the page's URL), else null. Each
 * href is worked out once per function made (a card links its person two or three times; a list repeats its links).
 */
export function keyOfHrefWith(detectors: readonly PageDetector[], pageUrl: string): KeyOfHref {
  const known = new Map<string, string | null>();
  const keyOf = (href: string) => {
    let url: string;
    try {
      url = new URL(href, pageUrl).href;
    } catch {
      return null;
    }
    const page = matchPage(url, detectors);
    return page?.type.endsWith('.profile') && page.key ? page.key : null;
  };
  return (href) => {
    let key = known.get(href);
    if (key === undefined) known.set(href, (key = keyOf(href)));
    return key;
  };
}
