import type { ParseErrorCode } from './parse-result';

/**
 * Pages recognised correctly and left alone on purpose: a page type Handschlag does not read, the user's own
 * profile, a login wall or check page. Not a failure to read: Diagnostics ("Not recognised") never counts them.
 */
const LEFT_ALONE: ReadonlySet<string> = new Set<ParseErrorCode>(['unsupported-page', 'own-profile', 'system-page']);

/** Whether a parser's refusal means "left alone on purpose" rather than "could not read". Pure. */
export const isLeftAlone = (code: string): boolean => LEFT_ALONE.has(code);
