import { z } from 'zod';
import type { Derived } from './derived';
import { countFlagged } from './flagged';
import type { KeptAnswers } from './kept-answers';
import { popupAnswer, POPUP_LIMIT } from './pending-answer';
import type { Deps } from './profiles';
import type { Foreground } from './foreground';
import { yieldToTasks } from './event-loop';
import type { ScoringContext } from './scoring-state';
import { popupKeptKey } from '../messaging/kept';
import { protocol } from '../messaging/protocol';

/** Writes come in bursts (a list read page by page): the count waits until they settle. */
const SETTLE_DELAY_MS = 1500;
const FlaggedCount = z.number().int().min(0);
const FLAGGED_KEY = 'flagged-count';

/**
 * As the worker starts: the popup's answer and the toolbar count kept since the last write go back at once where the
 * popup reads its answer and onto the toolbar (a browser restart empties storage.session and forgets the count). Two
 * small reads, so a popup opened meanwhile is not slowed; when nothing is kept, the settle after the start computes them.
 */
export async function showKept(kept: KeptAnswers, showFlagged: ((count: number) => Promise<void>) | undefined): Promise<void> {
  const since = kept.since();
  await kept.reread(popupKeptKey(POPUP_LIMIT), protocol['requests/popup'].response);
  const count = await kept.reread(FLAGGED_KEY, FlaggedCount);
  // A write meanwhile shows its own count once it settles.
  if (count !== undefined && kept.since() === since) await showFlagged?.(count);
}

/**
 * After the worker starts and after writes settle: the popup's answer, so a popup opened after the worker stopped
 * finds it ready, then the toolbar's count of flagged requests (it scores every pending request: seconds with a large
 * journal). Both are kept answers, across browser restarts too: a worker started with nothing written since neither
 * builds nor reads the scorer's history for them. Then the rest, each once no message is being answered.
 */
export function settleAfterWrites(
  deps: Deps,
  scoring: Derived<ScoringContext>,
  kept: KeptAnswers,
  fg: Foreground,
  showFlagged: ((count: number) => Promise<void>) | undefined,
  /** More answers made ready the same way (the people index, the dashboard's first page, the scorer's history kept). */
  prepare: ReadonlyArray<() => Promise<unknown>> = [],
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = async () => {
    await fg.quiet();
    const history = scoring.generation();
    // Background work: it goes on after each slice only once the messages being answered are done, and stops when a
    // write made its history stale (that write settles again): a stale count is not shown, and two histories are
    // not held at once.
    const pause = async () => {
      await yieldToTasks();
      await fg.quiet();
      if (scoring.generation() !== history) throw new Error('superseded by a write');
    };
    await popupAnswer(deps, scoring, kept, POPUP_LIMIT);
    await pause();
    await showFlagged?.(await kept.answer(FLAGGED_KEY, FlaggedCount, () => countFlagged(deps, scoring, pause), { lasting: true }));
    for (const next of prepare) {
      await pause();
      await next();
    }
  };
  return () => {
    if (!showFlagged) return;
    clearTimeout(timer);
    timer = setTimeout(() => void settle().catch(() => undefined), SETTLE_DELAY_MS);
  };
}
