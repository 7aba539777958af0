/** One message as read from the file, before it is filed under the people it was between. */
export interface MessageRow {
  row: number;
  at: number;
  from: Participant;
  to: Participant[];
  /** 2018: INCOMING / OUTGOING. */
  direction: string;
  /** INBOX, SENT, ARCHIVED, SPAM, ... */
  folder: string;
  conversation: string;
  text: string;
}

export interface Participant {
  name: string;
  url?: string;
}

/** A profile URL as the same person's other rows may write it (case, trailing slash). */
export const urlIdOf = (url: string): string => url.trim().replace(/\/+$/, '').toLowerCase();
const idOf = (p: Participant): string => (p.url ? urlIdOf(p.url) : `name:${p.name.toLowerCase()}`);

/** The file-level error when the owner cannot be told apart from a partner (see messageOwner). */
export const OWNER_UNKNOWN = 'cannot tell which participant is you: two people take part in every conversation equally often, and no sent folder tells them apart';

/**
 * Who the export's owner is: the files never say. A sender of a SENT or OUTGOING message is the owner; without
 * one, the participant in the most messages (the owner is in every one). A tie is never broken by row order (a
 * file with one partner whose message came first swapped sent and received): among the tied, the one present in
 * every conversation; if that still leaves several, undefined, and the caller refuses the file. Pure.
 */
export function messageOwner(rows: readonly MessageRow[]): ((p: Participant) => boolean) | undefined {
  const counter = new OwnerCounter();
  for (const m of rows) counter.add(m);
  return counter.owner();
}

/** messageOwner row by row (a large file's rows are counted while they are read, in steps). */
export class OwnerCounter {
  private readonly sentBy = new Map<string, number>();
  private readonly seen = new Map<string, number>();
  private readonly conversations = new Map<string, Set<string>>();
  /** The name each participant is first written with. */
  private readonly firstName = new Map<string, string>();

  add(m: MessageRow): void {
    if (m.folder === 'SENT' || m.direction === 'OUTGOING') this.sentBy.set(idOf(m.from), (this.sentBy.get(idOf(m.from)) ?? 0) + 1);
    // Without a conversation id (2018), each message is its own conversation: the owner is in all of them too.
    const key = m.conversation || `row ${m.row}`;
    const conversation = this.conversations.get(key) ?? new Set<string>();
    for (const p of [m.from, ...m.to]) {
      const id = idOf(p);
      this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
      conversation.add(id);
      if (!this.firstName.has(id)) this.firstName.set(id, p.name);
    }
    this.conversations.set(key, conversation);
  }

  /** See messageOwner. */
  owner(): ((p: Participant) => boolean) | undefined {
    const inEvery = (id: string) => [...this.conversations.values()].every((c) => c.has(id));
    const owner = single(top(this.sentBy), inEvery) ?? single(top(this.seen), inEvery);
    if (owner === undefined) return undefined;
    // The owner's name, for 2018 rows that carry names only while other rows carry the URL.
    const ownerName = this.firstName.get(owner)?.toLowerCase();
    return (p) => idOf(p) === owner || (!!ownerName && p.name.toLowerCase() === ownerName);
  }
}

/** The ids with the highest count (several on a tie). */
function top(counts: Map<string, number>): string[] {
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return [...counts.entries()].filter(([, n]) => n === most && n > 0).map(([id]) => id);
}

/** The one candidate, or the one of several that the tie-breaker keeps; undefined when none or several remain. */
function single(candidates: string[], keep: (id: string) => boolean): string | undefined {
  const left = candidates.length > 1 ? candidates.filter(keep) : candidates;
  return left.length === 1 ? left[0] : undefined;
}
