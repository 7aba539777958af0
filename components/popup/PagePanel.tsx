import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ProfileFacts } from '../../utils/model/people';
import { errorText, isInternalError } from '../error-text';
import type { Composer as ComposerView, ComposerProps } from '../compose/Composer';
import { siteName } from '../format';
import { pageTypeLabel } from '../dashboard/page-type-words';
import { parseFailureText } from '../parse-failure-text';
import { useT } from '../i18n';
import { plural } from '../journal/words';
import { ManualEntry } from './ManualEntry';
import type { PageState } from './page-state';
import { PersonPanel, type JournalActions } from './PersonPanel';
import { focusLost } from '../keyboard-focus';
import { SiteAccessNotice, type SiteAccessView } from './SiteAccessNotice';

/**
 * The composer's code (its text books, the scorer's features, zod) is most of the popup's script: loaded on the
 * first click on "Write a message", so the popup's first view does not wait for it.
 */
let composerModule: Promise<typeof ComposerView> | undefined;
const loadComposer = () => (composerModule ??= import('../compose/Composer').then((m) => m.Composer));

export function PagePanel(props: {
  page: PageState;
  locale: string;
  onCapture: () => void;
  onManualEntry: (facts: ProfileFacts) => void;
  /** The composer for the person on the page (absent: no button). */
  composer?: Omit<ComposerProps, 'onClose'>;
  journal: JournalActions;
  /** The browser's site access, for a tab without address (absent: unknown, said as before). */
  siteAccess?: SiteAccessView;
  /** Reloads the tab, where Handschlag's content script does not run yet. */
  onReload?: () => void;
}) {
  const { page, locale, onCapture } = props;
  const t = useT();
  const [Composer, setComposer] = useState<typeof ComposerView | null>(null);
  const [composing, setComposing] = useState(false);
  // "Save this profile" and the manual entry's Save are replaced by the person once saved: a keyboard user's focus
  // would fall to the top of the popup. It goes to the person's name instead (the start of what was saved).
  const personArea = useRef<HTMLDivElement>(null);
  const lastKind = useRef(page.kind);
  useLayoutEffect(() => {
    const was = lastKind.current;
    lastKind.current = page.kind;
    if (page.kind !== 'person' || (was !== 'unknown-person' && was !== 'layout')) return;
    if (!focusLost()) return;
    const heading = personArea.current?.querySelector<HTMLElement>('h2.person-name');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [page.kind]);
  const openComposer = () => {
    setComposing(true);
    void loadComposer().then((loaded) => setComposer(() => loaded));
  };
  switch (page.kind) {
    case 'loading':
      return <p class="muted">{t('loading')}</p>;
    case 'unsupported':
      return <p class="empty">{t('pageNotSupported')}</p>;
    case 'no-access':
      return <SiteAccessNotice view={props.siteAccess ?? { access: { missing: page.missing }, ask: 'idle' }} locale={locale} where="page" />;
    case 'not-running':
      return (
        <div class="empty">
          <p>{t('page_notRunning')}</p>
          {props.onReload ? (
            <button type="button" onClick={props.onReload}>
              {t('page_reload')}
            </button>
          ) : null}
        </div>
      );
    case 'system':
      return <p class="empty">{t('pageSystemPage')}</p>;
    case 'list':
      return <p class="empty">{t('pageRequestList')}</p>;
    case 'conversation':
      return (
        <div class="empty">
          <p>{t('journal_conversation')}</p>
          {page.saved === undefined ? null : <p>{page.saved > 0 ? plural(t, locale, 'journal_conversationSaved', page.saved) : t('journal_conversationNone')}</p>}
        </div>
      );
    case 'reading':
      return <p class="muted" role="status">{t('pageReading', siteName(t, page.platform))}</p>;
    case 'error':
      return (
        <p class="error" role="alert">
          {/* The upgrade's own message is technical English (utils/journal/open.ts): the sentence says all the user can use. */}
          {page.code === 'journal-upgrade-failed' ? t('journal_upgradeFailed') : t('errorBackground', errorText(t, page))}
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
        <div ref={personArea}>
          <PersonPanel person={page.person} identities={page.identities} latest={page.latest} summary={page.summary} openRequests={page.openRequests} profileScore={page.profileScore} locale={locale} journal={props.journal} />
          {props.composer && composing && Composer ? <Composer {...props.composer} onClose={() => setComposing(false)} /> : null}
          {props.composer && composing && !Composer ? <p class="muted">{t('loading')}</p> : null}
          {props.composer && !composing ? (
            <button type="button" class="compose-open" onClick={openComposer}>
              {t('compose_open')}
            </button>
          ) : null}
        </div>
      );
    case 'unknown-person':
      return (
        <div class="empty">
          <p>{t('pageNotInJournal')}</p>
          <button type="button" class="primary" onClick={() => !page.capturing && onCapture()} aria-disabled={!!page.capturing}>
            {t('pageCaptureNow')}
          </button>
          {page.captureError ? <p class="error" role="alert">{t('pageCaptureFailed', parseFailureText(t, { code: page.captureCode, message: page.captureError }))}</p> : null}
        </div>
      );
  }
}
