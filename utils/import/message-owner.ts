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

const idOf = (p: Participant): string => (p.url ? p.url.replace(/\/+$/, '').toLowerCase() : `name:${p.name.toLowerCase()}`);

/**
 * Who the export's owner is: the files never say. A sender of a SENT or OUTGOING message is the owner; without
 * one, the participant in the most messages (the owner is in every one). Pure.
 */
export function messageOwner(rows: readonly MessageRow[]): (p: Participant) => boolean {
  const sentBy = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const m of rows) {
    if (m.folder === 'SENT' || m.direction === 'OUTGOING') sentBy.set(idOf(m.from), (sentBy.get(idOf(m.from)) ?? 0) + 1);
    for (const p of [m.from, ...m.to]) seen.set(idOf(p), (seen.get(idOf(p)) ?? 0) + 1);
  }
  const pick = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const owner = pick(sentBy) ?? pick(seen);
  // The owner's name, for 2018 rows that carry names only while other rows carry the URL.
  const ownerName = rows.flatMap((m) => [m.from, ...m.to]).find((p) => idOf(p) === owner)?.name.toLowerCase();
  return (p) => idOf(p) === owner || (!!ownerName && p.name.toLowerCase() === ownerName);
}
