import { useState } from 'preact/hooks';
import type { ProfileFacts } from '../../utils/model/people';
import { errorText, isInternalError } from '../error-text';
import { Composer, type ComposerProps } from '../compose/Composer';
import { siteName } from '../format';
import { pageTypeLabel } from '../dashboard/page-type-words';
import { parseFailureText } from '../parse-failure-text';
import { useT } from '../i18n';
import { ManualEntry } from './ManualEntry';
import type { PageState } from './page-state';
import { PersonPanel, type JournalActions } from './PersonPanel';

export function PagePanel(props: {
  page: PageState;
  locale: string;
  onCapture: () => void;
  onManualEntry: (facts: ProfileFacts) => void;
  /** The composer for the person on the page (absent: no button). */
  composer?: Omit<ComposerProps, 'onClose'>;
  journal: JournalActions;
}) {
  const { page, locale, onCapture } = props;
  const t = useT();
  const [composing, setComposing] = useState(false);
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
          {page.code === 'journal-upgrade-failed' ? t('journal_upgradeFailed', page.message) : t('errorBackground', errorText(t, page))}
        </p>
      );
    case 'layout':
      if (page.code === 'own-profile') return <p class="empty">{t('pageOwnProfile')}</p>;
      return (
        <div>
          <p class="error" role="alert">
            {isInternalError(page.code) ? t('integrity_errorRefused') : t('pageNotRead', [pageTypeLabel(t, page.pageType), parseFailureText(t, page)])}
          </p>
          {page.key ? <ManualEntry onSave={props.onManualEntry} /> : null}
        </div>
      );
    case 'person':
      return (
        <>
          <PersonPanel person={page.person} identities={page.identities} latest={page.latest} summary={page.summary} locale={locale} journal={props.journal} />
          {props.composer && composing ? <Composer {...props.composer} onClose={() => setComposing(false)} /> : null}
          {props.composer && !composing ? (
            <button type="button" class="compose-open" onClick={() => setComposing(true)}>
              {t('compose_open')}
            </button>
          ) : null}
        </>
      );
    case 'unknown-person':
      return (
        <div class="empty">
          <p>{t('pageNotInJournal')}</p>
          <button type="button" class="primary" onClick={onCapture} disabled={page.capturing}>
            {t('pageCaptureNow')}
          </button>
          {page.captureError ? <p class="error" role="alert">{t('pageCaptureFailed', parseFailureText(t, { code: page.captureCode, message: page.captureError }))}</p> : null}
        </div>
      );
  }
}
