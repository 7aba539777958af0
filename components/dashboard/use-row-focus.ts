import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { focusLost } from '../keyboard-focus';

/** Where the focus belongs once an action's answer is shown: this row's button `action`, `index` its place. */
export interface FocusTarget {
  id: string;
  action: string;
  index: number;
}

const rowOf = (body: HTMLElement | null, id: string) => body?.querySelector<HTMLElement>(`tr[data-request-id="${CSS.escape(id)}"]`) ?? null;

/**
 * Keeps a keyboard user's place in the Requests table across an action and its Undo. An action's button can be
 * replaced ("Put on blocklist" becomes "Remove from blocklist" with the next answer), the Undo button goes when
 * used, and a verdict can take the row out of a filtered list: each time the focus fell to the page, it goes to
 * the wanted button once it is there (the row until then), else to the row now at the same place, else to
 * `fallback`. Runs after each render with a new `notice` or `page`; `undone` also sends a lost focus to `fallback`
 * when no row was named. Returns the function that names the wanted place.
 */
export function useRowFocus(body: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>, deps: { notice: unknown; page: unknown; undone: boolean }, setActive: (id: string) => void) {
  const target = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const lost = focusLost();
    const want = target.current;
    if (!want) {
      if (lost && deps.undone) fallback.current?.focus();
      return;
    }
    const row = rowOf(body.current, want.id);
    if (!lost && !row?.contains(focused)) {
      target.current = null; // the user went on elsewhere
      return;
    }
    if (row) {
      const button = row.querySelector<HTMLElement>(`[data-action="${want.action}"]`);
      setActive(want.id);
      if (button) {
        if (button !== focused) button.focus();
        target.current = null;
      } else if (lost) row.focus(); // its button comes with the next answer
      return;
    }
    if (!lost) return;
    target.current = null;
    const rows = [...(body.current?.querySelectorAll<HTMLElement>('tr[data-request-id]') ?? [])];
    const next = rows[Math.min(want.index, rows.length - 1)];
    if (next) {
      setActive(next.dataset.requestId ?? '');
      next.focus();
    } else fallback.current?.focus();
  }, [deps.notice, deps.page]);
  return (next: FocusTarget | null) => {
    target.current = next;
  };
}
