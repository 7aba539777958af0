/**
 * Where the recognition card's host sits in the page's reading order: right after the profile's name heading,
 * so that a keyboard user's next Tab from the heading (or the heading's own controls) is the card, not the end
 * of the whole page. The card still shows fixed at the top right (in the browser's top layer where it has
 * one), so its place in the tree does not move the site's layout.
 *
 * Never inside a link, button, label or summary (nested controls), nor inside an inline wrapper such as a
 * hover trigger around the name: the host goes after the outermost of those, into a block container.
 * Without a heading (a profile the site is still drawing) it goes at the end of the body, as before.
 */
const TRAPS = 'a, button, label, summary, [role="link"], [role="button"], [contenteditable]';
const BLOCKS = new Set(['div', 'section', 'header', 'main', 'article', 'aside', 'li', 'body']);

export interface CardPlace {
  parent: Element;
  /** The node the host goes before (null: at the end of `parent`). */
  before: Node | null;
}

export function cardPlace(doc: Document): CardPlace {
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  if (!heading || !doc.body?.contains(heading)) return { parent: doc.body, before: null };
  let at: Element = heading.parentElement?.closest(TRAPS) ?? heading;
  while (at.parentElement && !BLOCKS.has(at.parentElement.localName)) at = at.parentElement;
  const parent = at.parentElement;
  return parent ? { parent, before: at.nextSibling } : { parent: doc.body, before: null };
}

/** Puts `host` at its place, unless it is there already (moving it would drop a focus inside it). */
export function placeHost(doc: Document, host: Element): void {
  const { parent, before } = cardPlace(doc);
  if (host.parentNode === parent && (host === before || host.nextSibling === before)) return;
  parent.insertBefore(host, before);
}

/**
 * Events that start inside the card end at its host: with the host inside the site's top card, the site's own
 * handlers there (clicks that open a photo, key shortcuts, hover cards) must not see what the user does in
 * the card (the page's capturing listeners still see them, as any page does).
 */
const KEPT_INSIDE = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'pointerdown', 'pointerup', 'pointerover', 'pointerout', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout'] as const;

export function keepEventsInside(host: Element): void {
  for (const type of KEPT_INSIDE) host.addEventListener(type, (event) => event.stopPropagation());
}

/**
 * Shows the host in the browser's top layer (a manual popover) where the browser has one: above every layer
 * of the site, and positioned against the window even inside a transformed or contained ancestor. Again after
 * a move, which closes a popover. Older browsers show it as a fixed element where it sits.
 */
export function showOnTop(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  if (host.popover !== 'manual') host.popover = 'manual';
  if (host.isConnected && !host.matches(':popover-open')) host.showPopover();
}
