import { z } from 'zod';
import { DiagnosticRecord } from '../model/diagnostics';
import { Identity, Person, ProfileFacts, Snapshot } from '../model/people';
import { Platform, ProfileKey, TimeRange } from '../model/base';
import { RequestRecord, RequestState } from '../model/requests';
import { Settings } from '../model/settings';
import { VerdictKind } from '../model/relationships';
import { PAGE_TYPES } from '../platforms/page-types';
import { MAX_CARDS_PER_MESSAGE, MAX_LIST_KEYS } from './limits';
import { PersonSummary } from '../model/person-views';
import { journalProtocol } from './journal-protocol';
import { IMPORT_PROTOCOL, type JobErrorCode } from './import-protocol';
import { CARD_PROTOCOL } from './card-protocol';
import { REQUESTS_PROTOCOL } from './requests-protocol';
import { Score } from './score-schema';
import { DRAFT_PROTOCOL } from './draft-protocol';
import { POPUP_PROTOCOL } from './popup-protocol';
import { SNAPSHOT_PROTOCOL } from './snapshot-protocol';
import { BLOCKLIST_PROTOCOL } from './blocklist-protocol';

/**
 * Who may send a message: `content` is a content script in the top frame of a https://www.xing.com or
 * https://www.linkedin.com tab; `page` is one of the extension's own pages (popup, dashboard).
 * Content scripts only report what they observe and read what their in-page UI needs; everything
 * that deletes, imports, exports or changes settings is for extension pages only.
 */
export type SenderKind = 'content' | 'page';

export interface MessageSpec {
  request: z.ZodType;
  response: z.ZodType;
  senders: readonly SenderKind[];
}

const PersonView = z.object({ person: Person, identities: z.array(Identity), latest: Snapshot.optional(), summary: PersonSummary.optional() });
/** A pending request of the person on a profile, with its score as the Requests tab shows it ('person/get'). */
const OpenRequest = z.object({ id: z.string(), platform: Platform, at: z.number(), verdict: VerdictKind.optional(), score: Score.optional(), blocked: z.object({ reason: z.string(), at: z.number() }).optional() });
const Url = z.string().url().max(2000);
const Key = ProfileKey;
const Direction = z.enum(['received', 'sent']);


/** One request card as a content script read it (utils/platforms/facts.ts RequestFacts). */
const ObservedRequest = z.object({
  key: Key,
  name: z.string().min(1).max(500),
  headline: z.string().max(500).optional(),
  note: z.string().max(20_000),
  time: z.object({ text: z.string().max(200), range: TimeRange.optional() }).optional(),
  mutualCount: z.number().int().nonnegative().optional(),
});
/**
 * A list's cards, checked one by one: a card that fails its shape costs that card, not the list. The
 * handler gets the good cards and how many were refused (a list with a refused card proves no withdrawal).
 */
const ObservedRequests = z
  .array(z.custom<z.input<typeof ObservedRequest>>())
  .max(MAX_CARDS_PER_MESSAGE)
  .transform((cards) => {
    const valid: z.output<typeof ObservedRequest>[] = [];
    for (const card of cards) {
      const parsed = ObservedRequest.safeParse(card);
      if (parsed.success) valid.push(parsed.data);
    }
    return { cards: valid, refused: cards.length - valid.length };
  });
const ParseFailure = z.object({ code: z.string().max(60), field: z.string().max(60).optional(), message: z.string().max(500) });
const RequestAction = z.enum(['accept', 'decline', 'ignore', 'report', 'block', 'withdraw']);
/** A step of a platform's own request flow that the content script clicked and saw confirmed on the page. */
const FlowStep = z.enum(['accept', 'decline', 'report', 'block']);
/**
 * Set by a content script that read the page on its own (not on the user's click in the popup): the
 * background records it only while automatic capture is on, else answers `capture-off`. One round trip
 * per read instead of asking for the setting first.
 */
const Auto = z.boolean().optional();

export const protocol = {
  'capture/profile': {
    request: z.object({ platform: Platform, url: z.string().url().max(2000), facts: ProfileFacts, auto: Auto }),
    response: z.object({ personId: z.string(), created: z.boolean(), changed: z.boolean() }),
    senders: ['content'],
  },
  'capture/requests': {
    request: z.object({
      platform: Platform,
      url: Url,
      direction: Direction,
      /** This part's cards (a long list comes in parts). */
      requests: ObservedRequests,
      /**
       * Only with the list's last part, and only when the page's list was read whole (no card skipped): every
       * card's key. The proof a withdrawal needs; without it nothing is called withdrawn.
       */
      listKeys: z.array(Key).max(MAX_LIST_KEYS).optional(),
      /** Set on every part of a long list but the last: the read is counted in Diagnostics once, with the last. */
      more: z.literal(true).optional(),
      /** Cards on the page the reader could not read (counted in Diagnostics). */
      skipped: z.number().int().nonnegative().max(1_000_000).optional(),
      auto: Auto,
    }),
    response: z.object({ created: z.number(), resent: z.number(), withdrawn: z.number(), gone: z.number(), seen: z.number(), refused: z.number().int() }),
    senders: ['content'],
  },
  'capture/messages': {
    request: z.object({
      platform: Platform,
      url: Url,
      messages: z
        .array(
          z.object({
            senderKey: Key.optional(),
            senderName: z.string().max(500),
            time: z.object({ text: z.string().max(200), range: TimeRange.optional() }).optional(),
            text: z.string().max(20_000),
          }),
        )
        .max(500),
      auto: Auto,
    }),
    /** `saved`: the page's messages in the journal, new or kept before (the popup says so on the chat). */
    response: z.object({ stored: z.number().int(), saved: z.number().int() }),
    senders: ['content'],
  },
  'capture/failed': {
    request: z.object({ platform: Platform, url: Url, pageType: z.enum(PAGE_TYPES), error: ParseFailure, auto: Auto }),
    response: z.object({}),
    senders: ['content'],
  },
  /**
   * A site's page-specific content script (the profile reader) was navigated in place to a page only the
   * site's full reader reads: the background loads that reader into the sender's tab.
   */
  'page/load-reader': {
    request: z.object({ platform: Platform }),
    response: z.object({}),
    senders: ['content'],
  },
  'request/acted': {
    /** `reason`: with a block, the blocklist entry's words (the content script's language). */
    request: z.object({ platform: Platform, direction: Direction, key: Key, action: RequestAction, reason: z.string().max(500).optional() }),
    response: z.object({ updated: z.boolean() }),
    senders: ['content', 'page'],
  },
  'requests/pending': {
    /** Only the newest `limit` pending requests are scored and sent (a popup is for triage). */
    request: z.object({ limit: z.number().int().min(1).max(1000).optional() }),
    response: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          request: RequestRecord,
          person: Person,
          verdict: VerdictKind.optional(),
          score: Score.optional(),
          blocked: z.object({ reason: z.string(), at: z.number() }).optional(),
        }),
      ),
    }),
    senders: ['page'],
  },
  /**
   * A reader sees a request list in its tab (before reading it): the background loads the badges there at once, so
   * the pills show while the list is read and stored (the scores follow). The tab's own URL (set by the browser) says
   * which page it is; nothing in the message does.
   */
  'inpage/list-seen': {
    request: z.object({}),
    response: z.object({ shown: z.boolean() }),
    senders: ['content'],
  },
  /**
   * The user turns to a pill (focus, hover, press): the background loads the rich badge (reasons, journal facts,
   * actions) into the sender's tab. The pills alone stay small; this code is compiled only where it is wanted.
   */
  'inpage/load-rich': {
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
    senders: ['content'],
  },
  /**
   * The in-page badges read what the journal knows about the cards on screen (and whether to show at all); `brief`:
   * scores without their reasons (a pill shows band and score; the reasons only an expanded badge).
   */
  'inpage/requests': {
    request: z.object({ platform: Platform, direction: Direction, keys: z.array(Key).max(2000), brief: z.boolean().optional() }),
    response: z.object({
      show: z.boolean(),
      items: z.array(
        z.object({
          key: Key,
          requestId: z.string().optional(),
          state: RequestState.optional(),
          score: Score.optional(),
          verdict: VerdictKind.optional(),
          blocked: z.object({ reason: z.string(), at: z.number() }).optional(),
          /** Only with `brief: false`: the last meeting and the user's last decision on an earlier request of this person. */
          known: z
            .object({
              met: z.object({ at: z.number(), eventName: z.string().optional(), place: z.string().optional() }).optional(),
              earlier: z.object({ state: z.enum(['accepted', 'declined', 'ignored', 'reported', 'blocked']), at: z.number() }).optional(),
            })
            .optional(),
        }),
      ),
    }),
    senders: ['content'],
  },
  /** Genuine / Collector given on a badge: a report of the user's judgement of a request on the sender's site (undo is in the popup). */
  'inpage/verdict': {
    request: z.object({ platform: Platform, direction: Direction, key: Key, verdict: z.enum(['genuine', 'collector']) }),
    response: z.object({ id: z.string() }),
    senders: ['content'],
  },
  /** A verified flow ran on the sender's page: its confirmed steps, and for "Block spammer" the verdict and blocklist entry. */
  'inpage/flow-done': {
    request: z.object({
      platform: Platform,
      direction: Direction,
      key: Key,
      action: z.enum(['accept', 'decline', 'block']),
      confirmed: z.array(FlowStep).max(4),
      reason: z.string().max(500),
    }),
    response: z.object({ requestId: z.string().optional(), blocked: z.boolean() }),
    senders: ['content'],
  },
  'verdict/set': {
    request: z.object({ requestId: z.string().min(1).max(100), verdict: VerdictKind }),
    response: z.object({ id: z.string() }),
    senders: ['page'],
  },
  'verdict/clear': {
    request: z.object({ requestId: z.string().min(1).max(100) }),
    response: z.object({ removed: z.number().int() }),
    senders: ['page'],
  },
  'capture/manual': {
    request: z.object({ platform: Platform, url: Url, facts: ProfileFacts }),
    response: z.object({ personId: z.string(), created: z.boolean(), changed: z.boolean() }),
    senders: ['page'],
  },
  'person/get': {
    request: z.object({ platform: Platform, key: Key }),
    // openRequests: the person's pending received requests with their scores (This page, issue 17 §3).
    // profileScore: without an open request, what the profile and the person's history alone say.
    response: z.object({ view: PersonView.extend({ openRequests: z.array(OpenRequest).optional(), profileScore: Score.optional() }).nullable() }),
    senders: ['page'],
  },
  'people/list': {
    request: z.object({
      query: z.string().max(200).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(500),
    }),
    response: z.object({ items: z.array(Person), total: z.number().int() }),
    senders: ['page'],
  },
  'journal/stats': {
    request: z.object({}),
    response: z.object({
      counts: z.record(z.string(), z.number().int()),
      schemaVersion: z.number().int(),
      diagnostics: z.array(DiagnosticRecord),
    }),
    senders: ['page'],
  },
  'settings/get': {
    request: z.object({}),
    /** `damaged`: the stored settings were damaged (quarantined); these are the safe ones until the user saves. */
    response: z.object({ settings: Settings, damaged: z.boolean().optional() }),
    senders: ['page'],
  },
  'settings/update': {
    request: z.object({ patch: Settings.partial() }),
    response: z.object({ settings: Settings }),
    senders: ['page'],
  },
  ...journalProtocol,
  ...IMPORT_PROTOCOL,
  ...CARD_PROTOCOL,
  ...REQUESTS_PROTOCOL,
  ...DRAFT_PROTOCOL,
  ...POPUP_PROTOCOL,
  ...SNAPSHOT_PROTOCOL,
  ...BLOCKLIST_PROTOCOL,
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type ErrorCode =
  | 'bad-envelope'
  | 'unknown-type'
  | 'forbidden-sender'
  | 'invalid-request'
  | 'handler-failed'
  | 'invalid-response'
  /** Said by the sending side, not the background: no answer came (the worker was stopped, or is not there). */
  | 'unreachable'
  /** An automatic read while the user has switched automatic capture off: nothing was recorded. */
  | 'capture-off'
  /** The journal could not be upgraded to this version: it is still at the old one, with every record. */
  | 'journal-upgrade-failed'
  /** Settings that contradict each other (the score bands' thresholds out of order). */
  | 'invalid-settings'
  /** An import's parts held by the background do not make up the file (one lost, or the worker stopped meanwhile). */
  | 'upload-incomplete'
  /** A restore refused before anything changed, or a job refused while another runs (import-protocol.ts). */
  | JobErrorCode;

export type Result<T extends MessageType> =
  | { ok: true; data: ResponseOf<T> }
  | { ok: false; error: { code: ErrorCode; message: string } };

export const isMessageType = (type: unknown): type is MessageType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(protocol, type);
