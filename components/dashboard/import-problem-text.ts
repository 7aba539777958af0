import type { Translate } from '../../utils/i18n';
import type { RowError } from '../../utils/import/types';

/**
 * A bad row's finding in the user's language. Every code has its sentence; a row without a code (an answer of an
 * older worker) keeps the parser's English reason. Pure.
 */
export function importProblemText(t: Translate, e: RowError): string {
  const d = e.detail ?? [];
  const problem = e.problem;
  switch (problem) {
    case undefined:
      return e.reason;
    case 'cells':
      return t('import_problem_cells', [d[0] ?? '', d[1] ?? '']);
    case 'date':
      return t('import_problem_date', [d[0] ?? '', d[1] ?? '']);
    case 'no-name':
      return t('import_problem_no_name');
    case 'direction':
      return t('import_problem_direction', d[0] ?? '');
    case 'profile-url':
      return t('import_problem_profile_url', [d[0] ?? '', d[1] ?? '']);
    case 'vcard-end':
      return t('import_problem_vcard_end', d[0] ?? '');
    case 'vcard-end-of-file':
      return t('import_problem_vcard_end_of_file');
    case 'vcard-no-name':
      return t('import_problem_vcard_no_name');
    case 'quote-unclosed':
      return t('import_problem_quote_unclosed');
    case 'quote-malformed':
      return t('import_problem_quote_malformed');
    case 'csv-split':
      return t('import_problem_csv_split');
    case 'owner-unknown':
      return t('import_problem_owner_unknown');
    case 'other':
      return t('import_problem_other', d[0] ?? e.reason);
    default: {
      // A new code without its sentence fails the type check here.
      const unworded: never = problem;
      return String(unworded);
    }
  }
}
