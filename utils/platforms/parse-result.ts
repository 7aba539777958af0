import type { ProfileFacts } from '../model/people';
import type { PageType } from './page-types';

/** Why a page could not be read. Shown to the user and counted in diagnostics; never stored as data. */
export type ParseErrorCode =
  /** The URL is not a page type Handschlag reads (or not of this site). */
  | 'unsupported-page'
  /** Login wall, challenge, "profile not found": never parsed as a person. */
  | 'system-page'
  /** A required field (named in `field`) is missing: nothing from this page or card is stored. */
  | 'missing-field'
  | 'missing-name'
  | 'missing-key'
  /** The page's main container was not found at all: the site changed its layout. */
  | 'layout-not-recognised'
  /** Two readings of a field (visible text, labels, the page's embedded data) disagree: nothing is guessed or stored. */
  | 'conflicting-field'
  /** The viewer's own profile: the user is never a contact, so nothing is recorded or scored. */
  | 'own-profile'
  /** The page is larger than a reader sends to be read (MAX_SNAPSHOT_CHARS): nothing is stored. */
  | 'page-too-large';

/** Failures that mean "not rendered yet" while a page settles; counted only once it has settled. */
export const NOT_YET_RENDERED: ReadonlySet<ParseErrorCode> = new Set(['missing-field', 'missing-name', 'missing-key', 'layout-not-recognised']);

export interface ParseError {
  code: ParseErrorCode;
  pageType: PageType | null;
  /** The required field that was missing, when that is the reason. */
  field?: string;
  message: string;
}

export type ProfileParse = { ok: true; key: string; facts: ProfileFacts } | { ok: false; error: ParseError };

/** Tries each strategy in order and returns the first non-empty answer. */
export function firstOf<T>(strategies: readonly (() => T | null | undefined)[]): T | undefined {
  for (const strategy of strategies) {
    const value = strategy();
    if (value !== null && value !== undefined && value !== '') return value;
  }
  return undefined;
}
