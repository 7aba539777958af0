import type { ProfileFacts } from '../journal/schemas';
import type { PageType } from './page-types';

/** Why a page could not be read. Shown to the user and counted in diagnostics; never stored as data. */
export type ParseErrorCode =
  | 'not-a-profile'
  | 'system-page'
  | 'missing-name'
  | 'missing-key'
  | 'layout-not-recognised';

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
