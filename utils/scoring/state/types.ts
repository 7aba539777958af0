import type { LshIndex } from '../fingerprint/lsh';
import type { Platform, VerdictKind } from '../types';

/** The user's own profile, for "a note naming something specific to you". */
export interface MyProfile {
  name?: string;
  company?: string;
  city?: string;
  /** XING "Ich suche" / "Wants". */
  wants?: string[];
  /** XING "Ich biete" / "Haves". */
  haves?: string[];
  /** Named occasions the user took part in ("AUFSCHWUNG-Messe 2026"). */
  events?: string[];
}

/** One earlier request note. `group` is its text group (absent for empty notes). */
export interface NoteRecord {
  requestId: string;
  senderKey: string;
  platform?: Platform;
  receivedAt?: number;
  empty: boolean;
  group?: number;
}

/**
 * Notes whose normalised text is identical (a template with only the names swapped) share one group: one
 * fingerprint and one LSH entry for all of them, so a family of 1,000 copies costs one comparison.
 */
export interface TextGroup {
  /** Comparable words of the text. */
  words: number;
  /** Sorted unique word-bigram hashes. */
  shingles: Uint32Array;
  /** Note indexes, in insertion order. */
  members: number[];
}

export interface Withdrawal {
  requestId?: string;
  firstSeenAt: number;
  withdrawnAt: number;
}

export interface AcceptedThread {
  acceptedAt: number;
  messages: { at: number; text: string }[];
}

/** What a verdict remembers of its request: the model's features (note tokens and signal ids). */
export interface VerdictFeatures {
  tokens: string[];
  signals: string[];
  /** The text model's hashed features of the note (indices, values) and the named signals' log-odds then. */
  text?: { i: number[]; v: number[]; offset: number };
}

export interface VerdictRecord {
  requestId: string;
  senderKey?: string;
  verdict: VerdictKind;
  at: number;
  features: VerdictFeatures;
}

/**
 * Everything the scorer knows from the journal. Plain, structured-cloneable data (arrays, Maps, Sets, typed
 * arrays; no functions or handles). Build it with `createState()` and `addToState()`; never edit it by hand.
 */
export interface ScoringState {
  /** Bumped on every change; caches derived from the state key on it. */
  version: number;
  /** Bumped when a verdict is added or forgotten (the learning model is cached on it). */
  verdictsVersion: number;
  me?: MyProfile;
  /** Lower-case name parts of the user, removed from notes before fingerprinting. */
  myNames: string[];
  notes: NoteRecord[];
  noteIndex: Map<string, number>;
  bySender: Map<string, number[]>;
  groups: TextGroup[];
  /** setKey(shingles) → group ids with that key. */
  /** Shingle-set key → the group with that set (or the groups, when keys collide). */
  groupByKey: Map<number, number | number[]>;
  /** Note indexes sorted by receivedAt (notes without a time are left out). */
  byTime: number[];
  /** LSH over the groups' signatures. */
  lsh: LshIndex;
  withdrawals: Map<string, Withdrawal[]>;
  resends: Map<string, number[]>;
  accepted: Map<string, AcceptedThread>;
  /** Profile keys the user logged a meeting with. */
  met: Set<string>;
  /** Sender key → profile keys of the mutual contacts shown for them. */
  mutuals: Map<string, string[]>;
  verdicts: Map<string, VerdictRecord>;
}

/** What the journal feeds in, one record at a time. */
export type ScoringEvent =
  | {
      type: 'request';
      requestId: string;
      senderKey?: string;
      senderName?: string;
      platform?: Platform;
      receivedAt?: number;
      text: string;
    }
  | { type: 'withdrawn'; senderKey: string; requestId?: string; firstSeenAt: number; withdrawnAt: number }
  | { type: 'resent'; senderKey: string; requestId?: string; at: number }
  | { type: 'accepted'; senderKey: string; acceptedAt: number }
  | { type: 'message'; senderKey: string; at: number; text: string }
  | { type: 'met'; profileKey: string }
  | { type: 'mutuals'; senderKey: string; mutualKeys: string[] }
  | { type: 'me'; profile: MyProfile }
  | {
      type: 'verdict';
      requestId: string;
      senderKey?: string;
      verdict: VerdictKind;
      at: number;
      features: VerdictFeatures;
    }
  | { type: 'forget-verdict'; requestId: string };
