import { isObject } from '../../model/plain-records';
import type { Migration } from './types';

/**
 * A sent request that left the sent list was recorded as withdrawn by `observed` before version 5, although the
 * recipient's answer takes it off the list just as well: it is `gone` (the user's own withdrawals, by `user`, stay).
 * Pure: the same object when nothing changes, else a copy with the keys in their order (the plain-record check
 * reads the order).
 */
export function relabelSentGone(raw: unknown): unknown {
  if (!isObject(raw) || raw.direction !== 'sent' || !Array.isArray(raw.history)) return raw;
  let changed = false;
  const history = raw.history.map((step: unknown) => {
    if (!isObject(step) || step.state !== 'withdrawn' || step.by !== 'observed') return step;
    changed = true;
    return { ...step, state: 'gone' };
  });
  if (!changed) return raw;
  const last = history.at(-1);
  const closedByList = raw.state === 'withdrawn' && isObject(last) && last.state === 'gone';
  return { ...raw, ...(closedByList ? { state: 'gone' } : {}), history };
}

/** Version 5: sent requests that left the list are `gone`, not withdrawn (the new state; records rewritten). */
export const v5: Migration = {
  version: 5,
  description: 'sent requests that left the list: gone, not withdrawn',
  records: { requests: relabelSentGone },
  async upgrade(_db, tx) {
    // Only sent requests in the withdrawn state can change: the index gives just those.
    const index = tx.objectStore('requests').index('stateDirectionTime');
    const sentWithdrawn = IDBKeyRange.bound(['withdrawn', 'sent', -Infinity], ['withdrawn', 'sent', Infinity]);
    for (let cursor = await index.openCursor(sentWithdrawn); cursor; cursor = await cursor.continue()) {
      const next = relabelSentGone(cursor.value);
      if (next !== cursor.value) await cursor.update(next);
    }
  },
};
