import type { MessageKey, Translate } from '../../utils/i18n';
import { SKIP_REASONS, type Skipped } from '../../utils/messaging/import-protocol';

/** What an import left out on purpose, in one sentence with each count's plural; empty when nothing was. Pure. */
export function skippedText(t: Translate, locale: string, skipped: Skipped): string {
  const parts = SKIP_REASONS.flatMap((reason) => {
    const count = skipped[reason];
    if (!count) return [];
    const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
    return [t(`import_skipped_${reason}_${form}` as MessageKey, new Intl.NumberFormat(locale).format(count))];
  });
  return parts.length ? t('import_skippedLine', parts.join('; ')) : '';
}
