import { useT } from '../i18n';

/** A failed read of the journal, as the background answered it (its message is for developers, never shown). */
export interface JournalReadError {
  code?: string;
  message: string;
}

/**
 * Said in place of a list the journal could not give ("Degrade, never lie"): an empty list would tell the user they
 * have no requests or reminders while the journal still holds them.
 */
export function JournalError({ error }: { error: JournalReadError }) {
  const t = useT();
  return (
    <p class="error" role="alert">
      {error.code === 'journal-upgrade-failed' ? t('journal_upgradeFailed') : t('popup_journalUnreadable')}
    </p>
  );
}
