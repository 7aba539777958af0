import { matchPage, type PageDetector } from './page-types';

export type ClickedAction = 'accept' | 'decline' | 'ignore' | 'report' | 'block' | 'withdraw';

// Words on the two sites' request buttons, German and English (platform-notes §2, §8).
// German labels put the verb last ("Kontaktanfrage von Jana Schmidt annehmen"), English first
// ("Accept Jana Schmidt’s invitation"); a name may contain any word, so the verb must be at either end.
const ACTION_WORDS: [ClickedAction, RegExp][] = [
  ['accept', /^(accept|annehmen|bestätigen)\b|\b(annehmen|bestätigen)$/i],
  ['ignore', /^(ignore|ignorieren)\b|\bignorieren$/i],
  ['decline', /^(decline|ablehnen)\b|\bablehnen$/i],
  ['withdraw', /^(withdraw|zurückziehen)\b|\bzurückziehen$/i],
  ['report', /^(report|melden)\b|\bmelden$/i],
  ['block', /^(block|blockieren)\b|\bblockieren$/i],
];

/**
 * Which request a click acted on: the button's words (aria-label or text) name the action, and the
 * nearest enclosing card with one profile link names the person. Null for any other click. Pure over the DOM.
 */
export function clickedRequestAction(target: Element, pageUrl: string, detectors: readonly PageDetector[]): { key: string; action: ClickedAction } | null {
  const button = target.closest('button, [role="button"], a[role="menuitem"], [role="menuitem"]');
  if (!button) return null;
  const label = (button.getAttribute('aria-label') || button.textContent || '').replace(/\s+/g, ' ').trim();
  const action = ACTION_WORDS.find(([, re]) => re.test(label))?.[0];
  if (!action) return null;
  for (let node: Element | null = button.parentElement; node && node !== node.ownerDocument.body; node = node.parentElement) {
    const keys = new Set(
      [...node.querySelectorAll('a[href]')]
        .map((a) => matchPage(new URL(a.getAttribute('href')!, pageUrl).href, detectors))
        .flatMap((page) => (page?.key ? [page.key] : [])),
    );
    if (keys.size === 1) return { key: [...keys][0]!, action };
    if (keys.size > 1) return null; // reached a container of several cards: the click is ambiguous
  }
  return null;
}
