import { cleanText } from '../../text/clean';

// Role and accessible name as assistive technology (and the user) sees a control: the platform's own
// controls are found by these, never by class names, so a re-styled page still matches and a look-alike
// element without the right role does not. A simplified form of the W3C accessible-name computation: enough
// for buttons, links and menu items (aria-labelledby, aria-label, text content, title). Pure over the DOM.

export type ControlRole = 'button' | 'menuitem' | 'link';

/** The role of an element that can act on a click, or undefined. */
export function roleOf(el: Element): ControlRole | undefined {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit === 'button' || explicit === 'link') return explicit;
  if (explicit === 'menuitem' || explicit === 'menuitemradio' || explicit === 'menuitemcheckbox') return 'menuitem';
  if (explicit && explicit !== 'presentation' && explicit !== 'none') return undefined;
  const tag = el.tagName.toLowerCase();
  if (tag === 'button') return 'button';
  if (tag === 'input' && /^(button|submit)$/i.test(el.getAttribute('type') ?? '')) return 'button';
  if (tag === 'a' && el.hasAttribute('href')) return 'link';
  return undefined;
}

/** The accessible name (aria-labelledby, aria-label, text, title), whitespace collapsed. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (cleanText(text)) return cleanText(text);
  }
  const aria = cleanText(el.getAttribute('aria-label'));
  if (aria) return aria;
  const text = cleanText(el.textContent);
  if (text) return text;
  return cleanText(el.getAttribute('title') ?? (el as HTMLInputElement).value ?? '');
}

/**
 * Hidden from everyone: `hidden`, aria-hidden, inert or an inline display:none/visibility:hidden on the element or an
 * ancestor, or hidden by the page's style sheets (a closed dropdown with a class like `.hide{display:none}`). The
 * computed style is read last and only for the few controls and dialogs a flow looks at, never while badges render.
 */
export function isHidden(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.getAttribute('aria-hidden') === 'true' || at.hasAttribute('inert')) return true;
    const style = (at as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return !rendered(el);
}

/** Rendered by the page's style sheets: visible, and no ancestor with display:none (display:contents stays, unlike checkVisibility). */
function rendered(el: Element): boolean {
  if (!el.isConnected) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false; // inherited: the ancestors' counts too
  for (let at: Element | null = el; at; at = at.parentElement) if ((at === el ? own : view.getComputedStyle(at)).display === 'none') return false;
  return true;
}

/** Disabled or busy (aria-busy while the site answers): a click on it acts on nothing, and it is no proof of a finished step. */
export function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-busy') === 'true';
}
