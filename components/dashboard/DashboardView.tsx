import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

export type DashboardSection = 'people' | 'reminders' | 'requests' | 'events' | 'blocklist' | 'import' | 'settings' | 'diagnostics';

export function DashboardView(props: {
  /** The section the open page belongs to (a person's page belongs to People). */
  section: DashboardSection;
  onSection: (section: DashboardSection) => void;
  /** Reminders due now: counted in the Reminders entry ("Reminders 12", read "Reminders 12 due"). */
  dueCount?: number;
  children: ComponentChildren;
}) {
  const t = useT();
  const sections: { key: DashboardSection; label: string; count?: number }[] = [
    { key: 'people', label: t('dashboardPeople') },
    { key: 'reminders', label: t('dashboardReminders'), ...(props.dueCount ? { count: props.dueCount } : {}) },
    { key: 'requests', label: t('dashboardRequests') },
    { key: 'events', label: t('journal_events') },
    { key: 'blocklist', label: t('triage_blocklistTitle') },
    { key: 'import', label: t('dashboardImport') },
    { key: 'settings', label: t('dashboardSettings') },
    { key: 'diagnostics', label: t('dashboardDiagnostics') },
  ];
  return (
    <div class="dashboard">
      <nav aria-label={t('dashboardTitle')}>
        <h1 class="brand">
          <img src="/icon/32.png" alt="" width="24" height="24" />
          {t('extName')}
        </h1>
        <ul>
          {sections.map((s) => (
            <li key={s.key}>
              <a
                href={`#${s.key}`}
                aria-current={s.key === props.section ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  props.onSection(s.key);
                }}
              >
                {s.label}
                {s.count ? (
                  <>
                    {' '}
                    <span class="count">{s.count}</span>
                    <span class="visually-hidden"> {t('dashboard_remindersDue')}</span>
                  </>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>{props.children}</main>
    </div>
  );
}
