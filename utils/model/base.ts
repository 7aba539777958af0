import { z } from 'zod';

// Zod must never compile validators with `new Function`: extension pages and workers forbid eval by CSP
// (it throws there) and web-ext lint flags it. Set here, where every schema of the domain starts.
z.config({ jitless: true });

// Every persisted record carries `v`, the version of its own shape. The database version
// (utils/journal/migrations/) moves whole stores; `v` lets a reader tell an old record from a corrupt one.
export const RECORD_VERSION = 1 as const;

/** Building blocks of the domain's shapes. */
export const Id = z.string().min(1).max(100);
export const EpochMs = z.number().int().nonnegative();
export const ShortText = z.string().max(500);
export const LongText = z.string().max(20_000);

export const Platform = z.enum(['xing', 'linkedin']);
export type Platform = z.infer<typeof Platform>;

/** The longest profile key (LinkedIn custom URLs reach 100 characters; XING page names are shorter). */
export const PROFILE_KEY_MAX = 200;

/** Stable per-site profile key: XING page name or decoded LinkedIn `/in/` slug. */
export const ProfileKey = z.string().min(1).max(PROFILE_KEY_MAX);

/**
 * `${platform}:${key}`, the id of an identity or block entry (so platform + key is a primary-key get). Its limit
 * follows the key's: a key that fits must give an id that fits (with `Id`'s 100, keys of 92+ were never stored).
 */
export const PlatformKeyId = z.string().min(1).max('linkedin:'.length + PROFILE_KEY_MAX);

/** A time known only as a window, e.g. "3 days ago" or "withdrawn between two visits". */
export const TimeRange = z.object({ from: EpochMs, to: EpochMs });
export type TimeRange = z.infer<typeof TimeRange>;
