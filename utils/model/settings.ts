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
  /** Links to the user's own pages, offered when thanking a profile visitor (composer). */
  links: z.array(ShortText).max(10).optional(),
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
  /** Composer limits: LinkedIn Premium allows 300-character connection notes (200 free); XING Premium allows a
   *  note with a request at all. Optional like `me`, so stored settings stay valid without a migration. */
  linkedinPremium: z.boolean().optional(),
  xingPremium: z.boolean().optional(),
  /** The user's own follow-up templates with placeholders ({firstName}, {eventAt} …; utils/compose/user-template.ts). */
  composeTemplates: z.array(z.string().min(1).max(2000)).max(20).optional(),
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

/**
 * What stands in for settings that were stored but are damaged (quarantined): nothing is read from pages on its
 * own until the user says so again (a privacy promise must not be broken by a damaged record).
 */
export const SAFE_SETTINGS: Settings = { ...DEFAULT_SETTINGS, autoCapture: false };
