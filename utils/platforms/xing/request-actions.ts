import { cleanText } from '../../text/clean';
import type { RequestAction } from '../facts';
import { profileKeyOfHref } from './dom-read';
import { ACTIONS, REQUESTS, STRUCTURE, WORDS } from './selectors';
import { isLabel, nameInLabel } from './text';

const ORDER: readonly RequestAction[] = ['accept', 'decline', 'ignore', 'report', 'withdraw', 'message'];

/** The name of the card's member as the card's aria-labels spell it, when they agree. */
export function nameFromAria(card: Element): string | undefined {
  const names = new Set<string>();
  for (const el of [card, ...card.querySelectorAll('[aria-label]')]) {
    const name = nameInLabel(el.getAttribute('aria-label'), REQUESTS.nameAria);
    if (name) names.add(name);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The action one control stands for: by data hook, by old `op=` href, then by aria-label, title, text. */
export function actionOf(control: Element, personName: string, base: string): RequestAction | undefined {
  const href = control.getAttribute('href');
  if (profileKeyOfHref(href, base)) return undefined; // a link to the profile ("Profil ansehen")
  const hook = control.getAttribute('data-testid') ?? control.getAttribute('data-qa') ?? '';
  const op = /[?;&]op=([a-z_]+)/i.exec(href ?? '')?.[1] ?? '';
  const withoutName = (raw: string | null) => {
    const text = cleanText(raw);
    return personName ? text.split(personName).join(' ') : text;
  };
  const text = withoutName(control.textContent);
  if (isLabel(text, WORDS.notAName)) return undefined;
  // Read lazily: most controls are named by their data hook, and cleaning every label costs (1,000-card lists).
  const sources: [() => string, 'testid' | 'op' | 'words'][] = [
    [() => hook, 'testid'],
    [() => op, 'op'],
    [() => withoutName(control.getAttribute('aria-label')), 'words'],
    [() => withoutName(control.getAttribute('title')), 'words'],
    [() => text, 'words'],
  ];
  for (const [read, kind] of sources) {
    const value = read();
    if (!value) continue;
    const hit = ACTIONS.find((a) => a[kind].test(value));
    if (hit) return hit.action;
  }
  return undefined;
}

/** The set of actions a card offers, in a fixed order. Menu items (hidden until opened) count. */
export function readActions(card: Element, personName: string, base: string): RequestAction[] {
  const found = new Set<RequestAction>();
  for (const control of card.querySelectorAll(REQUESTS.controls)) {
    if (control.closest(`${STRUCTURE.quote}, ${REQUESTS.note.join(', ')}`)) continue;
    const action = actionOf(control, personName, base);
    if (action) found.add(action);
  }
  return ORDER.filter((a) => found.has(a));
}
