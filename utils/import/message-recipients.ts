import { displayName } from './names';
import { profileKeyOf } from './people-builder';
import { urlIdOf as urlId, type Participant } from './message-owner';

/** A row's sender and conversation: what the directory learns people's names and URLs from. */
export interface SenderRow {
  conversation: string;
  from: Participant;
}

// Full names compared as the file writes them (no cut at a comma, unlike nameKey): "Jane Doe, Ph.D." is one name.
const fold = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim();
// One word after a comma that no sender is called: a credential or suffix of the name before it ("MBA", "Ph.D.").
const ONE_WORD = /^\S+$/;

/**
 * What the senders of a messages.csv tell about everyone in it. `TO` gives names only (before mid-2023) or names
 * that LinkedIn joins with commas although a name may hold one ("Lars Seidel, MBA"); `FROM` and `SENDER PROFILE
 * URL` always come as a pair. So a recipient is named and linked from the rows where they wrote, and one person
 * holds both directions of a conversation instead of a URL-filed copy and a name-filed one. Pure.
 */
export class SenderDirectory {
  /** Folded name → sender URLs, in one conversation (`conversation\nname`) and in the whole file (`\nname`). */
  private readonly urls = new Map<string, Set<string>>();
  private readonly nameOfUrl = new Map<string, string>();
  /** The URL as the file writes it (its percent escapes' case is part of the profile key). */
  private readonly urlAsWritten = new Map<string, string>();

  constructor(rows: readonly SenderRow[] = []) {
    for (const row of rows) this.add(row);
  }

  /** Learns from one more row (a large file's rows are added while they are read, in steps). */
  add({ conversation, from }: SenderRow): void {
    if (!from.url || !from.name) return;
    for (const scope of [`${conversation}\n${fold(from.name)}`, `\n${fold(from.name)}`]) {
      const set = this.urls.get(scope) ?? new Set<string>();
      set.add(urlId(from.url));
      this.urls.set(scope, set);
    }
    if (!this.nameOfUrl.has(urlId(from.url))) this.nameOfUrl.set(urlId(from.url), from.name);
    if (!this.urlAsWritten.has(urlId(from.url))) this.urlAsWritten.set(urlId(from.url), from.url.trim());
  }

  /** The people of a row's `TO` (names joined by commas) and `RECIPIENT PROFILE URLS` (empty before mid-2023). */
  recipients(conversation: string, to: string, urls: string): Participant[] {
    const urlList = urls ? urls.split(/[,\s]+/).filter(Boolean) : [];
    if (urlList.length === 0) return this.splitNames(to).map((name) => ({ name, url: this.urlOf(conversation, name) }));
    // Names are paired with URLs by position only when their counts agree; otherwise a URL is named by its own
    // rows as a sender, or by its slug, never by a neighbour's name (which made a person called "MBA").
    const plain = urlList.length === 1 ? [to] : to.split(',');
    const split = plain.length === urlList.length ? plain : this.splitNames(to);
    const paired = split.length === urlList.length ? split : [];
    return urlList.map((url, i) => ({ name: displayName(this.nameOfUrl.get(urlId(url)) ?? paired[i] ?? profileKeyOf('linkedin', url) ?? url), url }));
  }

  /** The sender URL a recipient's name stands for: in the same conversation, else in the whole file, if only one. */
  private urlOf(conversation: string, name: string): string | undefined {
    for (const scope of [`${conversation}\n${fold(name)}`, `\n${fold(name)}`]) {
      const set = this.urls.get(scope);
      if (set) return set.size === 1 ? this.urlAsWritten.get([...set][0]!) : undefined;
    }
    return undefined;
  }

  /**
   * `TO` cut into names: at each point the longest run of comma-separated pieces that a sender is called, else
   * one piece together with the one-word pieces after it ("Jane Doe, Ph.D." stays whole even if Jane never wrote).
   */
  splitNames(to: string): string[] {
    const pieces = to.split(',').map((p) => displayName(p));
    const known = (from: number, until: number) => this.urls.has(`\n${fold(pieces.slice(from, until + 1).join(', '))}`);
    const names: string[] = [];
    for (let i = 0; i < pieces.length; ) {
      let end = pieces.length - 1;
      while (end > i && !known(i, end)) end--;
      if (end === i && !known(i, i)) {
        while (end + 1 < pieces.length && ONE_WORD.test(pieces[end + 1]!) && !known(end + 1, end + 1)) end++;
      }
      const name = pieces.slice(i, end + 1).filter(Boolean).join(', ');
      if (name) names.push(name);
      i = end + 1;
    }
    return names.length ? names : [displayName(to)];
  }
}
