import type { MessageType } from '../messaging/protocol';
import { isObject } from '../model/plain-records';

/**
 * Which of the worker's derived values a write left as they were, read from the write's own report. Pages are
 * read again and again (a sales person opens the request list several times a day): most of those reads change
 * nothing the derived values read, and rebuilding the scorer's history after each took seconds of the worker's
 * time at 30,000 people before the list's badges had their scores. Anything not named here, a write that failed
 * and a report of an unexpected shape rebuild everything, as before.
 */
export interface Unchanged {
  /** The scorer's history and the scores kept with it (requests, people, snapshots, identities, …). */
  scoring: boolean;
  /** The people index (people). */
  people: boolean;
  /** The Requests view's index (requests' state and times, and their people). */
  requests: boolean;
  /**
   * Set where the write only added these requests (and their senders) and found those withdrawn: the scorer's
   * history may be brought up to date by taking them in (scoring-extend.ts) instead of being built again.
   */
  extend?: ListChange;
}

/** What a request list read changed: requests created (new, re-sent) and requests found withdrawn. */
export interface ListChange {
  added: readonly string[];
  withdrawn: readonly string[];
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

const NOTHING_KEPT: Unchanged = { scoring: false, people: false, requests: false };
const ALL_KEPT: Unchanged = { scoring: true, people: true, requests: true };

/**
 * A profile read again with the same facts writes nothing (recordProfile). A request list read again with no new
 * request, re-send or withdrawal writes only each request's `lastSeenAt`, which none of the derived values reads
 * (they take a request's time from `sentAt` or `firstSeenAt`, see requestTime) and creates no person. One with new
 * requests (or re-sends) or withdrawals only added requests and their senders and closed some: the scorer's history
 * can take them in; the people and requests indexes are built again.
 */
export function unchangedBy(type: MessageType, outcome: unknown): Unchanged {
  if (!isObject(outcome)) return NOTHING_KEPT;
  switch (type) {
    case 'capture/profile':
    case 'capture/manual':
      return outcome.created === false && outcome.changed === false ? ALL_KEPT : NOTHING_KEPT;
    case 'capture/requests': {
      if (outcome.created === 0 && outcome.resent === 0 && outcome.withdrawn === 0 && outcome.gone === 0) return ALL_KEPT;
      const { createdIds: added, withdrawnIds: withdrawn } = outcome;
      return isIds(added) && isIds(withdrawn) ? { ...NOTHING_KEPT, extend: { added, withdrawn } } : NOTHING_KEPT;
    }
    default:
      return NOTHING_KEPT;
  }
}
