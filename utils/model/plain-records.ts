import { PROFILE_KEY_MAX } from './base';
import { Identity, Person } from './people';
import { RequestState, type RequestRecord } from './requests';

// The three most numerous records, checked without zod where zod would take them as they are. Zod runs jitless
// (extension pages forbid eval, utils/model/base.ts), and its interpreted object parse was the largest cost of an
// import's parse (30,000 people and identities for a large Connections.csv), and is paid again wherever the journal
// reads every person or request (its search index, the scorer's history, the pending requests, a restore). The checks below accept only records
// the schemas accept unchanged (tests/unit/model/plain-records.test.ts runs both on the edge cases); anything
// else goes to zod, so a refused record throws zod's own error (an import row keeps the same reason) or is
// quarantined with zod's issues.

const ID_MAX = 100; // Id
const SHORT_MAX = 500; // ShortText
const LONG_MAX = 20_000; // LongText
const PLATFORM_KEY_ID_MAX = 'linkedin:'.length + PROFILE_KEY_MAX; // PlatformKeyId
const URL_MAX = 2000;

const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
// EpochMs: z.number().int().nonnegative() takes exactly the safe integers ≥ 0.
const isEpochMs = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
// An optional key present as undefined stays in zod's output as it is (the journal writes people so: `company:
// undefined` where a page showed none), so absent, undefined and a text that fits are all taken unchanged.
const isOptionalShort = (v: unknown): boolean => v === undefined || isText(v, 0, SHORT_MAX);

/**
 * Profile URLs as profileUrl() writes them: an encoded key (unreserved characters and %XX) on either site. The
 * URL parser takes every one of them, and zod's url() keeps such a value as it is (no white space to trim, no tab
 * or line break to strip).
 */
const PROFILE_URL = /^https:\/\/www\.(?:linkedin\.com\/in|xing\.com\/profile)\/[A-Za-z0-9\-_.!~*'()%]+\/?$/;

/**
 * A record read from the journal as its schema takes it: the record itself where the plain check takes it as it is,
 * else zod's result; undefined when the record is damaged.
 */
export const readChecked = <T>(raw: unknown, plain: (r: unknown) => r is T, schema: { safeParse(r: unknown): { data?: T } }): T | undefined =>
  plain(raw) ? raw : schema.safeParse(raw).data;

/** `Person.parse(record)` for a record the builder made: the record itself when the schema takes it as it is. */
export function checkedPerson(record: Person): Person {
  return isPlainPerson(record) ? record : Person.parse(record);
}

/** `Identity.parse(record)` for a record the builder made (see checkedPerson). */
export function checkedIdentity(record: Identity): Identity {
  return isPlainIdentity(record) ? record : Identity.parse(record);
}

const PERSON_KEYS = ['v', 'id', 'displayName', 'headline', 'company', 'location', 'tags', 'notes', 'createdAt', 'updatedAt'];
const IDENTITY_KEYS = ['v', 'id', 'platform', 'key', 'personId', 'url', 'firstSeenAt', 'lastSeenAt'];

/**
 * Whether Person.parse returns a record equal to this one, keys in the same order (zod writes them in the
 * shape's order and drops unknown ones, so only records with the shape's keys, in its order, qualify). Pure.
 */
export function isPlainPerson(r: unknown): r is Person {
  if (!isObject(r) || !inShapeOrder(r, PERSON_KEYS)) return false;
  if (r.v !== 1 || !isText(r.id, 1, ID_MAX) || !isText(r.displayName, 1, SHORT_MAX)) return false;
  if (!isOptionalShort(r.headline) || !isOptionalShort(r.company) || !isOptionalShort(r.location)) return false;
  if (!isArrayOf(r.tags, 0, 100, (t) => isText(t, 0, SHORT_MAX))) return false;
  return isText(r.notes, 0, LONG_MAX) && isEpochMs(r.createdAt) && isEpochMs(r.updatedAt);
}

/** Whether Identity.parse returns a record equal to this one (see isPlainPerson). Pure. */
export function isPlainIdentity(r: unknown): r is Identity {
  if (!isObject(r) || !inShapeOrder(r, IDENTITY_KEYS)) return false; // all present: each one's check below fails on undefined
  if (r.v !== 1 || !isText(r.id, 1, PLATFORM_KEY_ID_MAX) || (r.platform !== 'linkedin' && r.platform !== 'xing')) return false;
  if (!isText(r.key, 1, PROFILE_KEY_MAX) || !isText(r.personId, 1, ID_MAX)) return false;
  if (!isText(r.url, 0, URL_MAX) || !PROFILE_URL.test(r.url)) return false;
  return isEpochMs(r.firstSeenAt) && isEpochMs(r.lastSeenAt);
}

const REQUEST_KEYS = ['v', 'id', 'platform', 'direction', 'personId', 'key', 'note', 'firstSeenAt', 'lastSeenAt', 'sentAt', 'state', 'history'];
const STATES: ReadonlySet<unknown> = new Set(RequestState.options);
const HISTORY_KEYS = ['state', 'at', 'by'];
const BY: ReadonlySet<unknown> = new Set(['observed', 'user', 'import']);
const isTimeRange = (t: unknown): boolean => isObject(t) && inShapeOrder(t, ['from', 'to']) && isEpochMs(t.from) && isEpochMs(t.to);
const isStep = (h: unknown): boolean => isObject(h) && inShapeOrder(h, HISTORY_KEYS) && STATES.has(h.state) && isTimeRange(h.at) && BY.has(h.by);

/** Whether RequestRecord.parse returns a record equal to this one (see isPlainPerson). Pure. */
export function isPlainRequest(r: unknown): r is RequestRecord {
  if (!isObject(r) || !inShapeOrder(r, REQUEST_KEYS)) return false;
  if (r.v !== 1 || !isText(r.id, 1, ID_MAX) || (r.platform !== 'linkedin' && r.platform !== 'xing')) return false;
  if ((r.direction !== 'received' && r.direction !== 'sent') || !isText(r.personId, 1, ID_MAX) || !isText(r.key, 1, PROFILE_KEY_MAX)) return false;
  if (!isText(r.note, 0, LONG_MAX) || !isEpochMs(r.firstSeenAt) || !isEpochMs(r.lastSeenAt) || !STATES.has(r.state)) return false;
  if (r.sentAt !== undefined && !isTimeRange(r.sentAt)) return false;
  return isArrayOf(r.history, 1, Infinity, isStep);
}

/** A plain array of min…max items, each taken by `each`; every index is asked (a hole is undefined to zod too). */
function isArrayOf(v: unknown, min: number, max: number, each: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
  return true;
}

/** A non-null object (arrays too), its fields still to be checked. */
export const isObject = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null;

/**
 * Whether the object's keys are among `shape`'s and come in its order (optional ones may be absent). A plain
 * object only: zod also reads inherited properties, which its own keys would not show.
 */
function inShapeOrder(r: object, shape: readonly string[]): boolean {
  if (Object.getPrototypeOf(r) !== Object.prototype) return false;
  const keys = Object.keys(r);
  let at = 0;
  for (const k of keys) {
    while (at < shape.length && shape[at] !== k) at++;
    if (at === shape.length) return false;
    at++;
  }
  return true;
}
