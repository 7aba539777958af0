// The rules of the answers the worker keeps in `storage.session`, shared by the worker (which keeps them,
// utils/journal/kept-answers.ts) and the popup (which reads its own there before asking a worker that may be stopped).
// No zod here: the popup's script before its first paint must not bundle it.
import type { PopupRequest } from './popup-protocol';

/** Bumped when the shape of a kept answer changes: an older one is then computed again, never read. */
export const KEPT_FORMAT = 1;

/**
 * How long a copy in `storage.session` is trusted when nothing was written. The answers kept (the popup's list, the
 * toolbar count) take the clock only for undated requests, and every request in the journal is dated (first seen):
 * so the worker also keeps them in IndexedDB, where they are trusted whatever their age until the next write
 * (kept-answers.ts, `lasting`), and copies them back here with a new time when it reads them there.
 */
export const KEPT_MAX_AGE = 3_600_000;

/** The name in `storage.session` of the kept answer named `key` (the worker's store adds it, the popup reads it). */
export const keptStorageKey = (key: string) => `kept:${key}`;

/**
 * The IndexedDB database of large kept answers (the people index, the scorer's history): their bodies, and their
 * tokens in a store of their own (both outlive a browser restart; every write empties both). Tools that write the
 * journal behind the worker's back delete it too.
 */
export const KEPT_DB_NAME = 'handschlag-kept';
export const KEPT_DB_VERSION = 2;
export const KEPT_BODIES = 'bodies';
export const KEPT_TOKENS = 'tokens';

/** The kept answer to `requests/popup` with this limit. */
export const popupKeptKey = (limit: number) => `requests/popup:${limit}`;

/** What is kept under a key: the answer, when it was computed, and the format it was kept in. */
export interface KeptEnvelope {
  format: typeof KEPT_FORMAT;
  at: number;
  answer: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The envelope if `raw` is one of this format, else undefined. */
export function keptEnvelope(raw: unknown): KeptEnvelope | undefined {
  if (!isObject(raw) || raw.format !== KEPT_FORMAT || !isFiniteNumber(raw.at)) return undefined;
  return { format: KEPT_FORMAT, at: raw.at, answer: raw.answer };
}

/** A kept answer is trusted from when it was computed until `maxAge` later (a clock set back trusts nothing). */
export const keptFresh = (now: number, at: number, maxAge = KEPT_MAX_AGE) => now - at >= 0 && now - at <= maxAge;

/** The popup's answer (the `requests/popup` response). */
export interface PopupAnswer {
  total: number;
  items: PopupRequest[];
}

const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isOptional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const oneOf = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

const isReason = (r: unknown) => isObject(r) && typeof r.id === 'string' && isFiniteNumber(r.weight) && typeof r.key === 'string' && isStrings(r.subs);
const isScore = (s: unknown) =>
  isObject(s) && isInt(s.value, 0, 100) && oneOf(['genuine', 'unclear', 'collector'])(s.band) && Array.isArray(s.reasons) && s.reasons.every(isReason);

// The limits of utils/model/base.ts (Id, ProfileKey, ShortText, LongText); tests/unit/messaging/kept.test.ts holds
// this check against the protocol's zod schema, case by case.
const isRequest = (r: unknown) =>
  isObject(r) &&
  isText(r.id, 1, 100) &&
  oneOf(['xing', 'linkedin'])(r.platform) &&
  isText(r.key, 1, 200) &&
  isText(r.name, 1, 500) &&
  isOptional(r.headline, (h) => isText(h, 0, 500)) &&
  isText(r.note, 0, 20_000) &&
  isInt(r.at, 0) &&
  isOptional(r.verdict, oneOf(['genuine', 'collector', 'spam'])) &&
  isOptional(r.score, isScore);

/** Whether `raw` is a valid `requests/popup` answer: the protocol's schema, checked by hand to keep zod out. */
export const isPopupAnswer = (raw: unknown): raw is PopupAnswer =>
  isObject(raw) && isInt(raw.total, 0) && Array.isArray(raw.items) && raw.items.every(isRequest);

/** The popup's kept answer from what `storage.session` holds under its key, if valid and fresh at `now`. */
export function keptPopupAnswer(raw: unknown, now: number): PopupAnswer | undefined {
  const envelope = keptEnvelope(raw);
  if (!envelope || !keptFresh(now, envelope.at) || !isPopupAnswer(envelope.answer)) return undefined;
  return envelope.answer;
}
