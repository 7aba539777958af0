import type { Translate } from '../../utils/i18n';
import { SKIP_REASONS, type Skipped } from '../../utils/messaging/import-protocol';
import { plural } from '../journal/words';

/**
 * What an import left out on purpose, in one sentence with each count's plural, then the messages left out for
 * want of a readable date (a sentence of its own: they are not a choice), then (those rows were imported) the rows
 * imported without their date; empty when there is none of these. Pure.
 */
export function skippedText(t: Translate, locale: string, skipped: Skipped): string {
  const parts = SKIP_REASONS.flatMap((reason) => {
    const count = skipped[reason];
    return count ? [plural(t, locale, `import_skipped_${reason}`, count)] : [];
  });
  const sentences = parts.length ? [t('import_skippedLine', parts.join('; '))] : [];
  if (skipped.undatedMessages) sentences.push(plural(t, locale, 'import_skipped_undatedMessages', skipped.undatedMessages));
  if (skipped.undated) sentences.push(plural(t, locale, 'import_skipped_undated', skipped.undated));
  if (skipped.undatedInvitations) sentences.push(plural(t, locale, 'import_skipped_undatedInvitations', skipped.undatedInvitations));
  return sentences.join(' ');
}
