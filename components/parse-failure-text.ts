import type { Translate } from '../utils/i18n';
import { isInternalError } from './error-text';

/** A page the content script could not read: the parser's code, the field it names, its technical message. */
export interface ParseFailure {
  code?: string | undefined;
  field?: string | undefined;
  message: string;
}

/** Fields a parser names when it misses or doubts one, in the UI's words (others: "a part of the page"). */
const FIELD_KEYS = { name: 'parseField_name', key: 'parseField_key', headline: 'parseField_headline' } as const;

function fieldWord(t: Translate, field: string | undefined): string {
  const key = field && field in FIELD_KEYS ? FIELD_KEYS[field as keyof typeof FIELD_KEYS] : 'parseField_other';
  return t(key);
}

/**
 * Why a page was not read, as one sentence in the UI's language. The parsers' messages are written for developers
 * (English, field paths); the user gets a plain reason and Diagnostics keeps the technical text. Pure.
 */
export function parseFailureText(t: Translate, failure: ParseFailure): string {
  switch (failure.code) {
    case 'missing-field':
    case 'missing-name':
    case 'missing-key':
      return t('parseFailure_missing', fieldWord(t, failure.field ?? (failure.code === 'missing-name' ? 'name' : failure.code === 'missing-key' ? 'key' : undefined)));
    case 'conflicting-field':
      return t('parseFailure_conflict', fieldWord(t, failure.field));
    case 'layout-not-recognised':
      return t('parseFailure_layout');
    case 'unsupported-page':
      return t('parseFailure_unsupported');
    case 'system-page':
      return t('parseFailure_system');
    case 'own-profile':
      return t('parseFailure_own');
    case 'page-too-large':
      return t('parseFailure_tooLarge');
    default:
      // Router refusals get their own plain sentence; anything else unknown is said in general words.
      return t(isInternalError(failure.code) ? 'integrity_errorRefused' : 'parseFailure_other');
  }
}
