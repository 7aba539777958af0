import type { Person, ProfileFacts } from '../../utils/model/people';
import { useT } from '../i18n';
import { Tabs } from '../Tabs';
import type { ComposerProps } from '../compose/Composer';
import type { DueItem } from '../../utils/model/reminders';
import { DueList } from './DueList';
import { JournalError, type JournalReadError } from './JournalError';
import { PagePanel } from './PagePanel';
import type { JournalActions } from './PersonPanel';
import type { PageState } from './page-state';
import type { RequestView } from './request-view';
import { RequestList } from './RequestList';
import type { TriageOptions } from './triage';
import { SearchResults } from './SearchResults';
import { accessMissing } from './site-access';
import { SiteAccessNotice, type SiteAccessView } from './SiteAccessNotice';

export type PopupTab = 'requests' | 'page' | 'due';

export interface PopupViewProps {
  tab: PopupTab;
  page: PageState;
  query: string;
  search: SearchAnswer | null;
  requests: readonly RequestView[];
  /** The journal could not give the list: said so instead of "no pending requests". */
  requestsError?: JournalReadError;
  /** All pending requests, also those beyond the newest ones sent to the popup. */
  pendingTotal: number;
  /** The list is shown before its scores (they follow once the scorer's history is ready). */
  scoring?: boolean;
  triage: TriageOptions;
  locale: string;
  /** The popup's clock (injected: the components stay pure). */
  now: number;
  onTriage: (options: TriageOptions) => void;
  onVerdict: (id: string, verdict: 'genuine' | 'collector') => void;
  onManualEntry: (facts: ProfileFacts) => void;
  onTab: (tab: PopupTab) => void;
  onQuery: (query: string) => void;
  onCapture: () => void;
  onOpenDashboard: () => void;
  /** The dashboard's Requests view (the list's "N more requests"). */
  onOpenRequests: () => void;
  composer?: Omit<ComposerProps, 'onClose'>;
  journal: JournalActions;
  due: readonly DueItem[];
  /** The journal could not give the Due list: said so instead of "nothing due". */
  dueError?: JournalReadError;
  onSnooze: (id: string, until: number) => void;
  onDone: (id: string) => void;
  /** What the browser lets Handschlag read, with the "Allow access" action (absent: not known). */
  siteAccess?: SiteAccessView;
  /** Reloads the open tab (This page, where the content script does not run yet). */
  onReload?: () => void;
}

/** A search's answer: the people found, or the journal's failure to answer (said, not shown as "no one"). */
export type SearchAnswer = { items: Person[]; total: number } | { error: JournalReadError };

export function PopupView(props: PopupViewProps) {
  const t = useT();
  const tabs = [
    { key: 'requests', label: t('popupTabRequests'), badge: props.pendingTotal },
    { key: 'page', label: t('popupTabPage') },
    { key: 'due', label: t('popupTabDue'), badge: props.due.filter((d) => d.reminder.dueAt <= props.journal.now).length },
  ] as const;
  return (
    <main class="popup">
      <header class="bar">
        <h1 class="brand">
          <img src="/icon/32.png" alt="" width="20" height="20" />
          {t('extName')}
        </h1>
        <button type="button" class="link" onClick={props.onOpenDashboard}>
          {t('popupOpenDashboard')}
        </button>
      </header>
      <label class="search">
        <span class="visually-hidden">{t('popupSearchLabel')}</span>
        <input
          type="search"
          value={props.query}
          placeholder={t('popupSearchPlaceholder')}
          aria-label={t('popupSearchLabel')}
          onInput={(event) => props.onQuery(event.currentTarget.value)}
        />
      </label>
      {props.search && 'error' in props.search ? <JournalError error={props.search.error} /> : null}
      {props.search && !('error' in props.search) ? (
        <SearchResults results={props.search.items} total={props.search.total} locale={props.locale} onOpenPerson={props.journal.onOpenPerson} />
      ) : null}
      {props.search ? null : (
        <Tabs tabs={tabs} active={props.tab} onSelect={props.onTab} idPrefix="popup">
          {props.tab === 'requests' && props.scoring && props.requests.length ? (
            <p class="muted small" role="status" data-testid="requests-scoring">
              {t('popupScoring')}
            </p>
          ) : null}
          {/* Withheld site access is said above the list: requests on that site are not captured. */}
          {props.tab === 'requests' && props.siteAccess ? <SiteAccessNotice view={props.siteAccess} locale={props.locale} where="list" /> : null}
          {props.tab === 'requests' && props.requestsError ? <JournalError error={props.requestsError} /> : null}
          {props.tab === 'requests' && !props.requestsError ? (
            <RequestList
              items={props.requests}
              total={props.pendingTotal}
              options={props.triage}
              now={props.now}
              locale={props.locale}
              onOptions={props.onTriage}
              onVerdict={props.onVerdict}
              onOpenDashboard={props.onOpenRequests}
              noAccess={accessMissing(props.siteAccess?.access ?? null)}
            />
          ) : null}
          {props.tab === 'page' ? (
            <PagePanel page={props.page} locale={props.locale} onCapture={props.onCapture} onManualEntry={props.onManualEntry} journal={props.journal} composer={props.composer} siteAccess={props.siteAccess} onReload={props.onReload} />
          ) : null}
          {props.tab === 'due' && props.dueError ? <JournalError error={props.dueError} /> : null}
          {props.tab === 'due' && !props.dueError ? (
            <DueList items={props.due} now={props.journal.now} locale={props.locale} onSnooze={props.onSnooze} onDone={props.onDone} onOpenPerson={props.journal.onOpenPerson} />
          ) : null}
        </Tabs>
      )}
    </main>
  );
}
