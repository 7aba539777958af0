import type { ProfileFacts } from '../model/people';
import type { TimeRange } from '../model/base';
import type { PageType } from './page-types';
import type { CardMemo } from './card-memo';
import type { ParseError } from './parse-result';

/** A time as the page wrote it, and the window it means (absent when the text could not be read). */
export interface TimeFact {
  text: string;
  range?: TimeRange;
}

/** What a contact-request card can let the user do; the in-page actions later click exactly these. */
export type RequestAction = 'accept' | 'decline' | 'ignore' | 'report' | 'withdraw' | 'message';

/** One card of a received or sent request list. For sent lists, `key`/`name` are the recipient. */
export interface RequestFacts {
  direction: 'received' | 'sent';
  key: string;
  name: string;
  headline?: string;
  /** The note text; '' when the card shows none (normal for XING Basic members). */
  note: string;
  /** Received time for received cards, sent time for sent cards. */
  time?: TimeFact;
  mutualCount?: number;
  actions: RequestAction[];
}

/** One visible message of the open conversation. */
export interface MessageFacts {
  senderKey?: string;
  senderName: string;
  time?: TimeFact;
  text: string;
  /** The viewer's own message, recognised by key where the page shows the viewer's key: never a contact's. */
  fromViewer?: true;
}

/** Everything read from one page. `errors` name what could not be read; nothing half-read is in the lists. */
export interface PageFacts {
  pageType: PageType;
  person?: { key: string; facts: ProfileFacts };
  requests?: RequestFacts[];
  messages?: MessageFacts[];
  /** Cards or messages skipped because a required field was missing (the rest are still good). */
  skipped?: ParseError[];
}

export type PageParse = { ok: true; page: PageFacts } | { ok: false; error: ParseError };

/** Everything a parser needs besides the DOM: the URL and the injected clock. */
export interface ParseContext {
  url: string;
  now: number;
  /** Minutes west of UTC, as Date#getTimezoneOffset gives it. */
  tzOffsetMin: number;
  /**
   * Cards read on an earlier pass over the same page (the content script keeps one per page); list parsers
   * skip a card the memo has no time left for, and the caller then discards the pass.
   */
  cards?: CardMemo;
}
