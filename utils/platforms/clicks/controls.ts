import { accessibleName, isDisabled, isHidden, roleOf } from './accessible';
import { STEP_WORDS, stepOfName, withoutName, type StepKind } from './steps';

/** How a page names the profile behind a link (the site's URL detectors), or null for any other link. */
export type KeyOfHref = (href: string) => string | null;

export type Found<T> = { ok: true; value: T } | { ok: false; reason: 'not-found' | 'ambiguous'; candidates: Element[] };

/** Every profile key that the element's links name. */
export function keysIn(el: Element, keyOf: KeyOfHref): Set<string> {
  const keys = new Set<string>();
  for (const a of el.matches('a[href]') ? [el, ...el.querySelectorAll('a[href]')] : el.querySelectorAll('a[href]')) {
    const key = keyOf(a.getAttribute('href')!);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * The one card of the target: among the page's cards (the site's card finder), those whose links name the
 * target and nobody else. Two such cards (a list rendered twice, a copy) or none: not found, nothing is clicked.
 * A card whose links name the target and someone else is never the target's card.
 */
export function targetCard(cards: readonly Element[], key: string, keyOf: KeyOfHref): Found<Element> {
  const mine = cards.filter((card) => {
    const keys = keysIn(card, keyOf);
    return keys.size === 1 && keys.has(key);
  });
  if (mine.length === 1) return { ok: true, value: mine[0]! };
  return { ok: false, reason: mine.length ? 'ambiguous' : 'not-found', candidates: mine };
}

export interface ControlQuery {
  step: StepKind;
  /** The target's name as the card shows it: taken out of labels before the words are matched. */
  name: string;
  /** Names of the other people on the page: a label naming one of them is never the target's control. */
  otherNames?: readonly string[];
  /** Menu items that are still hidden count (the menu is opened first). */
  includeHidden?: boolean;
  /** Disabled or busy controls count: after a click, a control that is only busy is still offered, not gone. */
  includeDisabled?: boolean;
}

/**
 * Exactly one control for the step inside `scope`: right role, accessible name with the step's words, not
 * disabled or busy, not hidden (also by a style sheet), its visible text not naming a different action than its
 * label (a swapped label), its label not naming someone else.
 */
export function findControl(scope: Element, query: ControlQuery): Found<Element> {
  const candidates: Element[] = [];
  for (const el of scope.querySelectorAll('button, a[href], input, [role]')) {
    if (!roleOf(el) || (!query.includeDisabled && isDisabled(el))) continue;
    // The computed style is read only for the few controls whose words match (cheap checks first).
    if (matches(el, query) && (query.includeHidden || !isHidden(el))) candidates.push(el);
  }
  // A button inside a menu item, or a menu item wrapping a button, is one control.
  const outer = candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
  if (outer.length === 1) return { ok: true, value: outer[0]! };
  return { ok: false, reason: outer.length ? 'ambiguous' : 'not-found', candidates: outer };
}

function matches(el: Element, { step, name, otherNames = [] }: ControlQuery): boolean {
  const full = accessibleName(el);
  if (!full) return false;
  if (otherNames.some((other) => other && other !== name && !name.includes(other) && full.includes(other))) return false;
  const label = withoutName(full, name);
  if (!STEP_WORDS[step].test(label)) return false;
  if (step === 'menu' || step === 'confirm') return true;
  if (stepOfName(label) !== step) return false;
  // The words a sighted user reads must not say another action than the label (a label swapped by mistake).
  const text = withoutName((el.textContent ?? '').replace(/\s+/g, ' ').trim(), name);
  const shown = text ? stepOfName(text) : undefined;
  return shown === undefined || shown === step;
}
