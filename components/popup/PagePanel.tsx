import type { ProfileFacts } from '../../utils/model/people';
import { siteName } from '../format';
import { useT } from '../i18n';
import { ManualEntry } from './ManualEntry';
import type { PageState } from './page-state';
import { PersonPanel, type JournalActions } from './PersonPanel';

export function PagePanel(props: {
  page: PageState;
  locale: string;
  onCapture: () => void;
  onManualEntry: (facts: ProfileFacts) => void;
  journal: JournalActions;
}) {
  const { page, locale, onCapture } = props;
  const t = useT();
  switch (page.kind) {
    case 'loading':
      return <p class="muted">{t('loading')}</p>;
    case 'unsupported':
      return <p class="empty">{t('pageNotSupported')}</p>;
    case 'system':
      return <p class="empty">{t('pageSystemPage')}</p>;
    case 'list':
      return <p class="empty">{t('pageRequestList')}</p>;
    case 'conversation':
      return <p class="empty">{t('journal_conversation')}</p>;
    case 'reading':
      return <p class="muted" role="status">{t('pageReading', siteName(t, page.platform))}</p>;
    case 'error':
      return (
        <p class="error" role="alert">
          {page.code === 'journal-upgrade-failed' ? t('journal_upgradeFailed', page.message) : t('errorBackground', page.message)}
        </p>
      );
    case 'layout':
      return (
        <div>
          <p class="error" role="alert">
            {t('pageLayoutNotRecognised', [siteName(t, page.platform), page.pageType, page.message])}
          </p>
          {page.key ? <ManualEntry onSave={props.onManualEntry} /> : null}
        </div>
      );
    case 'person':
      return <PersonPanel person={page.person} identities={page.identities} latest={page.latest} summary={page.summary} locale={locale} journal={props.journal} />;
    case 'unknown-person':
      return (
        <div class="empty">
          <p>{t('pageNotInJournal')}</p>
          <button type="button" class="primary" onClick={onCapture} disabled={page.capturing}>
            {t('pageCaptureNow')}
          </button>
          {page.captureError ? <p class="error" role="alert">{t('pageCaptureFailed', page.captureError)}</p> : null}
        </div>
      );
  }
}
