import { cleanText } from '../../text/clean';
import { isSkipped } from './dom-text';
export { labelAgrees, sameName } from '../name-agreement';
import { NAME_DECORATION, NOT_A_NAME, NOT_NAME_LABEL } from './selectors';

// Visible text decides, labels confirm (issue 15). An aria-label or title is a hint about the text it labels: it may
// confirm a name read from the visible text, never replace it, and a label describing a badge or an action
// ("Amelia has verifications", "Premium", "View … profile") says nothing about the name at all.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A badge, pronoun, degree or action text beside or inside a name ("Premium", "(she/her)", "has verifications"). */
export const isBadgeText = (text: string): boolean => NAME_DECORATION.test(text) || NOT_NAME_LABEL.test(text);

/** A name as a person's name: one line, not empty, not absurdly long, not a UI word. */
export function plausibleName(text: string | null | undefined): string | undefined {
  const name = cleanText(text);
  return name && name.length <= 120 && !NOT_A_NAME.test(name) ? name : undefined;
}

/** A whole label as a name hint, or undefined when it describes a badge or an action (it then says nothing). */
export function nameHint(label: string | null | undefined): string | undefined {
  const text = plausibleName(label);
  return text && !isBadgeText(text) ? text : undefined;
}

/**
 * The visible name an element (a heading, a link) shows: its text with controls, icons and screen-reader twins left
 * out, and every piece that is a badge or a pronoun ("Premium", "Open to work", a "has verifications" text that lost
 * its visually-hidden class) dropped. Pieces are text nodes and elements without element children.
 */
export function shownName(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  let out = '';
  const walk = (node: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out += piece(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const inner = child as Element;
        if (isSkipped(inner)) continue;
        if (inner.firstElementChild === null) out += piece(inner.textContent ?? '');
        else walk(inner);
      }
    }
  };
  walk(el);
  return plausibleName(out);
}

/** A piece of a name's text, or a space when the piece is a badge (so that the name's own spacing stays). */
function piece(text: string): string {
  const clean = cleanText(text);
  return clean && isBadgeText(clean) ? ' ' : text;
}
