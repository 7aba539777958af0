/**
 * What the list parsers read from each card, remembered per card element. A list that grows by infinite
 * scroll is read again after every growth; with a memo only the new (or changed) cards are read. A pass can
 * also be given a time budget: once it is spent, new cards are skipped and the pass is marked incomplete,
 * so the caller can yield to the page and read on (the memo keeps what the pass did read).
 *
 * A card is known unchanged when its text is the same. Comparing the text of 1,000 cards costs every pass as
 * much as reading 100 new ones, so with a change feed (the page's mutation observer) a card in which nothing was
 * added, removed or retyped since its text was last compared is trusted without comparing it again.
 */
export interface CardMemo {
  /**
   * Starts a pass that may spend `budgetMs` (by the memo's clock) on reading new cards (from the first one on).
   * `changes`: what changed in the page since the last pass; without it every card's text is compared.
   */
  begin(budgetMs: number, changes?: ChangeFeed): void;
  /** The card's remembered reading if its text is unchanged, else `read()`; undefined when the pass is out of time. */
  read<T>(card: Element, read: () => T): T | undefined;
  /** True when the current pass skipped cards for lack of time: its result must not be used. */
  readonly incomplete: boolean;
}

/** Changes under a watched element since the feed was last taken (page-watch.ts makes them from a MutationObserver). */
export interface PageChanges {
  /**
   * The element watched (children added or removed, text changed, anywhere below it), or null when nothing is.
   * Only cards inside it are ever trusted.
   */
  root: Node | null;
  /** False when changes may have gone unseen since the last take (the watch started, moved or overflowed). */
  continuous: boolean;
  /** Nodes whose children or text changed: every card around one of them has changed. */
  changed: Iterable<Node>;
  /** Nodes taken out: every card inside one of them may come back changed. */
  removed: Iterable<Node>;
}

export interface ChangeFeed {
  /** The changes since the last call (none are lost in between: a caller that cannot vouch says `continuous: false`). */
  take(): PageChanges;
}

interface Entry {
  text: string;
  value: unknown;
  /** The trust epoch in which the text was last compared under the watched root, or -1: compare again. */
  trusted: number;
}

/** A memo for one page (make a new one after an in-page navigation). `clock` is injected (ms). */
export function cardMemo(clock: () => number): CardMemo {
  // Keyed by element: entries go when the site removes the card. The text tells a re-rendered card.
  const seen = new WeakMap<Element, Entry>();
  let budget = Infinity;
  let deadline = Infinity;
  let readThisPass = 0;
  let incomplete = false;
  // Trust holds only within one unbroken watch of one root: a new epoch voids every earlier comparison.
  let epoch = 0;
  let root: Node | null = null;

  const distrust = (node: Node) => {
    const entry = seen.get(node as Element);
    if (entry) entry.trusted = -1;
  };
  /** A change at `node` changes the text of every card around it (up to the root). */
  const changedAt = (node: Node) => {
    for (let at: Node | null = node; at && at !== root; at = at.parentNode) distrust(at);
  };
  /** A removed subtree: its cards may be changed while out of the page and come back. */
  const removedAt = (node: Node) => {
    distrust(node);
    if (node.nodeType === 1) for (const el of (node as Element).getElementsByTagName('*')) distrust(el);
  };

  return {
    begin(budgetMs, feed) {
      budget = budgetMs;
      readThisPass = 0;
      incomplete = false;
      const changes = feed?.take();
      if (!changes?.continuous || changes.root !== root) {
        epoch++;
        root = changes?.root ?? null;
        return;
      }
      for (const node of changes.changed) changedAt(node);
      for (const node of changes.removed) removedAt(node);
    },
    read<T>(card: Element, read: () => T): T | undefined {
      const known = seen.get(card);
      if (known && known.trusted === epoch && root) return known.value as T;
      const text = card.textContent ?? '';
      // Only a card the feed covers may be trusted on the next pass without comparing its text.
      const trusted = root?.contains(card) ? epoch : -1;
      if (known && known.text === text) {
        known.trusted = trusted;
        return known.value as T;
      }
      // The budget is for reading cards (finding them is the parser's fixed cost), and at least one new
      // card is read per pass, so that every pass makes progress.
      if (readThisPass === 0) deadline = clock() + budget;
      else if (clock() >= deadline) {
        incomplete = true;
        return undefined;
      }
      readThisPass++;
      const value = read();
      seen.set(card, { text, value, trusted });
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
