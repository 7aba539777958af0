import type { Translate } from '../../utils/i18n';
import { SKIP_REASONS, type Skipped } from '../../utils/messaging/import-protocol';
import { plural } from '../journal/words';

/**
 * What an import left out on purpose, in one sentence with each count's plural, then (a sentence of its own: those
 * rows were imported) the connections imported without their date; empty when there is neither. Pure.
 */
export function skippedText(t: Translate, locale: string, skipped: Skipped): string {
  const parts = SKIP_REASONS.flatMap((reason) => {
    const count = skipped[reason];
    return count ? [plural(t, locale, `import_skipped_${reason}`, count)] : [];
  });
  const sentences = parts.length ? [t('import_skippedLine', parts.join('; '))] : [];
  if (skipped.undated) sentences.push(plural(t, locale, 'import_skipped_undated', skipped.undated));
  return sentences.join(' ');
}
