/**
 * What counts as a site's own message or note box: a textarea or an editable text box inside a form or a dialog,
 * visible and enabled, not a search field. Kept tiny: the readers check every focus against it (draft-box-watch.ts).
 */
export const DRAFT_BOXES = 'form textarea, form [contenteditable="true"], [role="dialog"] textarea, [role="dialog"] [contenteditable="true"]';

export function hiddenBox(el: Element): boolean {
  return !!el.closest('[hidden], [aria-hidden="true"], [inert]') || (el as HTMLTextAreaElement).disabled === true;
}

export function isDraftBox(target: EventTarget | null): target is HTMLElement {
  const el = target as Element | null;
  return !!el && typeof el.matches === 'function' && el.matches(DRAFT_BOXES) && !hiddenBox(el) && !el.closest('[role="search"]');
}
