import { cleanText } from '../../text/clean';
import type { RequestAction } from '../facts';
import { profileKeyOfHref } from './dom-read';
import { ACTIONS, REQUESTS, STRUCTURE, WORDS } from './selectors';
import { isLabel, nameInLabel } from './text';

const ORDER: readonly RequestAction[] = ['accept', 'decline', 'ignore', 'report', 'withdraw', 'message'];
/** Links and buttons inside the note or a quote are the sender's, not the card's. */
const NOT_ACTIONS = `${STRUCTURE.quote}, ${REQUESTS.note.join(', ')}`;

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
  // Hooks and hrefs first: they name most controls, and reading them costs nothing (1,000-card lists).
  for (const [value, kind] of [[hook, 'testid'], [op, 'op']] as const) {
    const hit = value ? ACTIONS.find((a) => a[kind].test(value)) : undefined;
    if (hit) return hit.action;
  }
  const withoutName = (raw: string | null) => {
    const text = cleanText(raw);
    return personName ? text.split(personName).join(' ') : text;
  };
  // A control that wraps the member's name (a name link or button labelled with a badge or an action, issue 15)
  // is the name, not an action of the card.
  if (personName && cleanText(control.textContent).includes(personName)) return undefined;
  const text = withoutName(control.textContent);
  if (isLabel(text, WORDS.notAName)) return undefined;
  for (const read of [() => withoutName(control.getAttribute('aria-label')), () => withoutName(control.getAttribute('title')), () => text]) {
    const value = read();
    const hit = value ? ACTIONS.find((a) => a.words.test(value)) : undefined;
    if (hit) return hit.action;
  }
  return undefined;
}

/** The set of actions a card offers, in a fixed order. Menu items (hidden until opened) count. */
export function readActions(card: Element, personName: string, base: string): RequestAction[] {
  const found = new Set<RequestAction>();
  if (card.closest(NOT_ACTIONS)) return [];
  // The few note and quote blocks of the card, found once (not one ancestor walk per control: long lists).
  const excluded = [...card.querySelectorAll(NOT_ACTIONS)];
  for (const control of card.querySelectorAll(REQUESTS.controls)) {
    if (excluded.some((block) => block.contains(control))) continue;
    const action = actionOf(control, personName, base);
    if (action) found.add(action);
  }
  return ORDER.filter((a) => found.has(a));
}
