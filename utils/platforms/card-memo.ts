/**
 * What the list parsers read from each card, remembered per card element. A list that grows by infinite
 * scroll is read again after every growth; with a memo only the new (or changed) cards are read. A pass can
 * also be given a time budget: once it is spent, new cards are skipped and the pass is marked incomplete,
 * so the caller can yield to the page and read on (the memo keeps what the pass did read).
 */
export interface CardMemo {
  /** Starts a pass that may spend `budgetMs` (by the memo's clock) on reading new cards (from the first one on). */
  begin(budgetMs: number): void;
  /** The card's remembered reading if its text is unchanged, else `read()`; undefined when the pass is out of time. */
  read<T>(card: Element, read: () => T): T | undefined;
  /** True when the current pass skipped cards for lack of time: its result must not be used. */
  readonly incomplete: boolean;
}

interface Entry {
  text: string;
  value: unknown;
}

/** A memo for one page (make a new one after an in-page navigation). `clock` is injected (ms). */
export function cardMemo(clock: () => number): CardMemo {
  // Keyed by element: entries go when the site removes the card. The text tells a re-rendered card.
  const seen = new WeakMap<Element, Entry>();
  let budget = Infinity;
  let deadline = Infinity;
  let readThisPass = 0;
  let incomplete = false;
  return {
    begin(budgetMs) {
      budget = budgetMs;
      readThisPass = 0;
      incomplete = false;
    },
    read<T>(card: Element, read: () => T): T | undefined {
      const text = card.textContent ?? '';
      const known = seen.get(card);
      if (known && known.text === text) return known.value as T;
      // The budget is for reading cards (finding them is the parser's fixed cost), and at least one new
      // card is read per pass, so that every pass makes progress.
      if (readThisPass === 0) deadline = clock() + budget;
      else if (clock() >= deadline) {
        incomplete = true;
        return undefined;
      }
      readThisPass++;
      const value = read();
      seen.set(card, { text, value });
      return value;
    },
    get incomplete() {
      return incomplete;
    },
  };
}

/** One card through the memo when the caller keeps one, else read directly. */
export function readCard<T>(memo: CardMemo | undefined, card: Element, read: () => T): T | undefined {
  return memo ? memo.read(card, read) : read();
}
