import type { Identity, Person, Snapshot } from '../../utils/model/people';
import type { Platform } from '../../utils/model/base';
import type { PersonSummary } from '../../utils/model/person-views';
import type { OpenRequest } from './OpenRequests';
import type { ProfileScore } from './ProfileSignals';

/** What the popup knows about the open tab. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  /** No tab address and the browser withholds site access: said so (components/popup/site-access.ts). */
  | { kind: 'no-access'; missing: readonly Platform[] }
  /** A XING/LinkedIn page where Handschlag's content script does not run (yet): to be reloaded. */
  | { kind: 'not-running'; platform: Platform }
  | { kind: 'system' }
  | { kind: 'list' }
  /**
   * A chat: messages of people who sent a request are kept (said so, instead of "a list of requests"). `saved`: how
   * many of the chat's messages are in the journal, once the content script has read it (absent before).
   */
  | { kind: 'conversation'; saved?: number }
  /** The page is still rendering: the content script reads it as soon as its content is there. */
  | { kind: 'reading'; platform: Platform; pageType: string }
  | { kind: 'person'; person: Person; identities: Identity[]; latest?: Snapshot; summary?: PersonSummary; openRequests?: OpenRequest[]; profileScore?: ProfileScore }
  | { kind: 'unknown-person'; platform: Platform; key: string; captureError?: string; captureCode?: string; capturing?: boolean }
  | { kind: 'error'; message: string; code?: string }
  /** The content script could not read the page: nothing was stored; offer manual entry on profiles. */
  | { kind: 'layout'; platform: Platform; pageType: string; message: string; code?: string; field?: string; key?: string };
