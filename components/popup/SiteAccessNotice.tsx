import { siteName } from '../format';
import { useT } from '../i18n';
import { accessMissing, siteList, type AccessAsk, type SiteAccess } from './site-access';

/** The site access as the popup and the dashboard show it, with the "Allow access" button's action. */
export interface SiteAccessView {
  access: SiteAccess;
  ask: AccessAsk;
  /** Asks the browser (from the click: the browser needs the user gesture). Absent: no button. */
  onAllow?: () => void;
}

const ANSWER_KEYS = { asking: 'siteAccess_asking', granted: 'siteAccess_granted', refused: 'siteAccess_refused', failed: 'siteAccess_failed' } as const;

/**
 * Says plainly which site Handschlag may not read and offers to allow it. `where`: on This page without a tab address
 * the sentence says why the page is not named; elsewhere, what is not read. After a grant it says that open pages need
 * a reload (the browser does not start content scripts in them).
 */
export function SiteAccessNotice({ view, locale, where }: { view: SiteAccessView; locale: string; where: 'page' | 'list' }) {
  const t = useT();
  const missing = accessMissing(view.access) ? view.access.missing : [];
  const answer = view.ask === 'idle' ? null : <p role="status" class={view.ask === 'failed' || view.ask === 'refused' ? 'error' : 'muted'}>{t(ANSWER_KEYS[view.ask])}</p>;
  if (!missing.length) return view.ask === 'granted' ? <div class="site-access" data-testid="site-access">{answer}</div> : null;
  return (
    <div class="site-access" data-testid="site-access">
      <p>
        <strong>{t('siteAccess_missing', siteList(missing.map((site) => siteName(t, site)), locale))}</strong>
      </p>
      <p>{t(where === 'page' ? 'siteAccess_whyPage' : 'siteAccess_why')}</p>
      {view.onAllow ? (
        <button type="button" class="primary" onClick={view.onAllow} aria-disabled={view.ask === 'asking'}>
          {t('siteAccess_allow')}
        </button>
      ) : null}
      {answer}
    </div>
  );
}
