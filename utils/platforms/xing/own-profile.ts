import { OWN_PROFILE } from './selectors';
import { decodeSegment } from '../page-types';

/**
 * The viewer's own XING profile, which is never recorded as a contact (issue 15): the header's "me" menu links the
 * profile at this address, or the profile header shows the owner's edit controls. `module` is the profile's id
 * module (the header), or undefined when the page has none. Pure.
 */
export function isOwnXingProfile(root: ParentNode, module: Element | undefined, key: string): boolean {
  const viewer = root.querySelector(OWN_PROFILE.viewerLink)?.getAttribute('href');
  if (viewer && viewerKey(viewer)?.toLowerCase() === key.toLowerCase()) return true;
  if (!module) return false;
  if (module.querySelector(OWN_PROFILE.editLinks)) return true;
  for (const control of module.querySelectorAll(OWN_PROFILE.controls)) {
    const text = (control.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = (control.getAttribute('aria-label') ?? '').trim();
    if (OWN_PROFILE.controlText.test(text) || OWN_PROFILE.controlText.test(label)) return true;
  }
  return false;
}

/** The page name of a `/profile/<name>` link, or undefined. */
function viewerKey(href: string): string | undefined {
  const m = /\/profile\/([^/?#;]+)/.exec(href);
  return m?.[1] ? decodeSegment(m[1]) : undefined;
}
