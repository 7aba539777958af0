import type { BlocklistError } from '../../utils/blocklist/problems';
import type { Translate } from '../../utils/i18n';
import { importProblemText } from './import-problem-text';

/**
 * Why a blocklist file or row was refused, in the user's language (numbers through Intl). Every code has its
 * sentence; the CSV reader's findings are worded as the journal's own import words them. Pure.
 */
export function blocklistProblemText(t: Translate, locale: string, e: BlocklistError): string {
  const d = e.detail;
  const number = (text: string | undefined) => new Intl.NumberFormat(locale).format(Number(text ?? 0));
  const problem = e.problem;
  switch (problem) {
    case 'json':
      return t('blocklist_problem_json');
    case 'not-list':
      return t('blocklist_problem_not_list');
    case 'header':
      return t('blocklist_problem_header', d[0] ?? '');
    case 'entry':
      return t('blocklist_problem_entry');
    case 'platform':
      return d[0] ? t('blocklist_problem_platform', d[0]) : t('blocklist_problem_platform_missing');
    case 'key-empty':
      return t('blocklist_problem_key_empty');
    case 'key-url':
      return t('import_problem_profile_url', [d[0] ?? '', d[1] ?? '']);
    case 'key-invalid':
      return t('blocklist_problem_key_invalid', d[0] ?? '');
    case 'key-long':
      return t('blocklist_problem_key_long', number(d[0]));
    case 'name-long':
      return t('blocklist_problem_name_long', number(d[0]));
    case 'reason-long':
      return t('blocklist_problem_reason_long', number(d[0]));
    case 'date':
      return d[0] ? t('blocklist_problem_date', d[0]) : t('blocklist_problem_date_missing');
    case 'duplicate':
      return t('blocklist_problem_duplicate', number(d[0]));
    case 'quote-unclosed':
    case 'quote-malformed':
    case 'csv-split':
      return importProblemText(t, { row: e.row ?? 0, problem, reason: '' });
    default: {
      // A new code without its sentence fails the type check here.
      const unworded: never = problem;
      return String(unworded);
    }
  }
}
