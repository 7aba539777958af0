import { useT } from '../i18n';
import { PersonCard } from '../PersonCard';
import type { PageState } from './page-state';

export function PagePanel({ page, locale, onCapture }: { page: PageState; locale: string; onCapture: () => void }) {
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
    case 'error':
      return <p class="error" role="alert">{t('errorBackground', page.message)}</p>;
    case 'person':
      return <PersonCard person={page.person} identities={page.identities} latest={page.latest} locale={locale} />;
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
