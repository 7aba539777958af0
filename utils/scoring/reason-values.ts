/**
 * Substitutions of reason texts that are values rather than words, which the UI writes in its own language: the
 * scorer keeps the sender's membership start as "YYYY-MM" (or "YYYY") to count months with, and that machine form
 * must not reach the screen ("member since March 2019", not "2019-03"). Message key → indexes into its `subs`.
 * Pure data: the scorer stays free of locales, and every screen that words reasons reads this one table.
 */
export const MONTH_SUBS: Readonly<Record<string, readonly number[]>> = {
  sigContactsCappedOld: [1],
};
