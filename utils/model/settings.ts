import { z } from 'zod';
import { ShortText } from './base';

/**
 * What the user tells about herself, so that a note naming it counts as written for her ("specific to you"):
 * stays in this browser like everything else. Lists are Wants/Haves and events she took part in.
 */
export const AboutMe = z.object({
  name: ShortText.optional(),
  company: ShortText.optional(),
  city: ShortText.optional(),
  wants: z.array(ShortText).max(50).optional(),
  haves: z.array(ShortText).max(50).optional(),
  events: z.array(ShortText).max(50).optional(),
});
export type AboutMe = z.infer<typeof AboutMe>;

export const Settings = z.object({
  autoCapture: z.boolean(),
  inPageBadges: z.boolean(),
  /** Scores below this are "likely genuine". */
  genuineBelow: z.number().int().min(0).max(100),
  /** Scores at or above this are "likely collector". */
  collectorFrom: z.number().int().min(0).max(100),
  /** XING: a request can reportedly not be withdrawn sooner than this (unverified, so a setting). */
  xingWithdrawMinDays: z.number().int().min(0).max(60),
  /** Added after v1 records were written: optional, so those stay valid as they are (no migration needed). */
  me: AboutMe.optional(),
  /** Days after a logged meeting until the follow-up reminder (fractions only for tests and the demo). */
  followUpDays: z.number().min(0).max(60).optional(),
  /** Keep-in-touch cadence in days per tag ("kunde": 90). */
  tagCadences: z.record(ShortText, z.number().int().min(1).max(3650)).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  autoCapture: true,
  inPageBadges: true,
  genuineBelow: 35,
  collectorFrom: 65,
  xingWithdrawMinDays: 7,
};
