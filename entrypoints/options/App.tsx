import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DashboardView } from '../../components/dashboard/DashboardView';
import { Diagnostics } from './diagnostics';
import { EventsView } from '../../components/dashboard/EventsView';
import { PAGE_SIZE, PeopleTable } from '../../components/dashboard/PeopleTable';
import { PersonPage } from '../../components/dashboard/PersonPage';
import { personNoticeText as noticeText } from '../../components/dashboard/person-notice';
import { BlocklistPanel } from '../../components/dashboard/BlocklistPanel';
import { useBlocklist } from './blocklist';
import { RemindersView } from '../../components/dashboard/RemindersView';
import { RequestsView } from '../../components/dashboard/RequestsView';
import { useRequests } from './use-requests';
import { SettingsForm } from '../../components/dashboard/SettingsForm';
import { settingsErrorText } from '../../components/dashboard/settings-error-text';
import { useT } from '../../components/i18n';
import type { DiagnosticRecord } from '../../utils/model/diagnostics';
import type { Person } from '../../utils/model/people';
import type { EventView } from '../../utils/model/person-views';
import type { Settings } from '../../utils/model/settings';
import { createClient, type Transport } from '../../utils/messaging/client';
import type { ErrorCode } from '../../utils/messaging/protocol';
import { ImportExportPanel } from '../../components/dashboard/ImportExportPanel';
import { unwrap } from '../popup/use-journal';
import { offsetWithin } from './page-offset';
import { hashOf, routeFromHash, type Route } from './route';
import { useImportExport } from './use-import-export';
import { usePerson } from './use-person';
import { useReminders } from './use-reminders';

const transport: Transport = (message) => browser.runtime.sendMessage(message);
const client = createClient(transport);

export function App({ locale }: { locale: string }) {
  const t = useT();
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [people, setPeople] = useState<{ items: Person[]; total: number }>({ items: [], total: 0 });
  const [events, setEvents] = useState<EventView[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsDamaged, setSettingsDamaged] = useState(false);
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const [stats, setStats] = useState<{ counts: Record<string, number>; schemaVersion: number; diagnostics: DiagnosticRecord[] } | null>(null);
  const [error, setError] = useState<{ code: ErrorCode; message: string } | null>(null);
  const [peopleVersion, setPeopleVersion] = useState(0);
  const person = usePerson(client, route.personId, () => {
    setPeopleVersion((v) => v + 1);
    location.hash = '#people';
  });
  const firstRender = useRef(true);
  const go = (next: Route) => (location.hash = hashOf(next));
  const io = useImportExport(client, transport, () => confirm(t('import_restore_confirm')));
  const blocklist = useBlocklist(client, route.section === 'blocklist', (message) => setError({ code: 'handler-failed', message }));
  const reminders = useReminders(client, hashOf(route), (message) => setError({ code: 'handler-failed', message }));
  const requests = useRequests(client, route.section === 'requests', (message) => setError({ code: 'handler-failed', message }), route.requests);

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (route.section === 'settings') void client.send('settings/get', {}).then((r) => {
        if (!r.ok) return setError(r.error);
        setSettings(r.data.settings);
        setSettingsDamaged(!!r.data.damaged);
      });
    if (route.section === 'diagnostics') void client.send('journal/stats', {}).then((r) => (r.ok ? setStats(r.data) : setError(r.error)));
    if (route.section === 'events' || route.personId) void client.send('events/list', {}).then((r) => (r.ok ? setEvents(r.data.items) : setError(r.error)));
  }, [route.section, route.personId]);

  // After a switch, focus moves to the new section's heading, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2[tabindex="-1"]')?.focus());
  }, [route.section, route.personId, person.records === 'loading']);

  // Opened by the in-page card's "Log meeting": once the person page is there, focus goes to the meeting form.
  const personReady = route.personId !== undefined && person.records !== 'loading' && person.records !== null;
  useEffect(() => {
    if (route.meeting && personReady) requestAnimationFrame(() => document.querySelector<HTMLElement>('#page-meeting-event')?.focus());
  }, [route.meeting, route.personId, personReady]);

  useEffect(() => setOffset(0), [query]);
  useEffect(() => {
    if (route.section !== 'people' || route.personId) return;
    const timer = setTimeout(() => {
      void client.send('people/list', { query, offset, limit: PAGE_SIZE }).then((r) => {
        if (!r.ok) return setError(r.error);
        // A delete or merge emptied the last page: back to the last page with people (this effect asks again).
        const within = offsetWithin(offset, r.data.items.length, r.data.total, PAGE_SIZE);
        if (within !== null) return setOffset(within);
        setPeople(r.data);
      });
    }, query ? 60 : 0);
    return () => clearTimeout(timer);
  }, [route.section, route.personId, query, offset, peopleVersion]);

  const onSettings = async (patch: Partial<Settings>) => {
    const res = await client.send('settings/update', { patch });
    if (res.ok) {
      setSettings(res.data.settings);
      setSettingsDamaged(false);
      setStatus({ kind: 'saved' });
    } else setStatus({ kind: 'error', message: settingsErrorText(t, res.error.code) });
  };

  const onAdd = async (fields: { displayName: string; company?: string }) => {
    const { personId } = unwrap(await client.send('person/create', fields));
    go({ section: 'people', personId });
  };

  const notice = person.notice;
  // The notice sits at the top of the page and the merge at its foot: the focus goes to it (to Undo after a merge).
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const target = noticeRef.current?.querySelector('button') ?? noticeRef.current;
    target?.focus();
  }, [notice]);
  return (
    <DashboardView section={route.section} dueCount={reminders.dueCount} onSection={(section) => go({ section })}>
      {error ? (
        <p class="error" role="alert">
          {error.code === 'journal-upgrade-failed' ? t('journal_upgradeFailed', error.message) : t('errorBackground', error.message)}
        </p>
      ) : null}
      {notice ? (
        <p role="status" class="notice" tabIndex={-1} ref={noticeRef}>
          {noticeText(t, notice)}{' '}
          {notice.kind === 'merged' ? (
            <button type="button" onClick={() => void person.undoMerge(notice.undo)}>
              {t('journal_undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {route.personId ? (
        person.records === 'loading' ? (
          <p class="muted">{t('loading')}</p>
        ) : person.records ? (
          <PersonPage records={person.records} locale={locale} eventNames={(events ?? []).map((e) => e.event.name)} now={Date.now()} actions={person.actions} />
        ) : (
          <p class="empty">
            {t('journal_personMissing')} <a href="#people">{t('journal_backToPeople')}</a>
          </p>
        )
      ) : null}
      {route.section === 'people' && !route.personId ? (
        <PeopleTable {...people} offset={offset} query={query} locale={locale} onQuery={setQuery} onOffset={setOffset} onAdd={onAdd} />
      ) : null}
      {route.section === 'import' ? (
        <ImportExportPanel
          state={io.state}
          lastBackupAt={io.lastBackupAt}
          now={Date.now()}
          locale={locale}
          onImport={(file) => void io.onImport(file)}
          onCancel={io.onCancel}
          onBackup={() => void io.onBackup()}
          onRestore={(file) => void io.onRestore(file)}
          onExport={(format) => void io.onExport(format)}
        />
      ) : null}
      {route.section === 'reminders' ? <RemindersView {...reminders} locale={locale} /> : null}
      {route.section === 'requests' ? <RequestsView {...requests} locale={locale} /> : null}
      {route.section === 'blocklist' ? <BlocklistPanel {...blocklist} locale={locale} /> : null}
      {route.section === 'events' && events ? <EventsView items={events} locale={locale} /> : null}
      {route.section === 'settings' && settings ? <SettingsForm settings={settings} damaged={settingsDamaged} status={status} locale={locale} onChange={(p) => void onSettings(p)} onRefused={() => setStatus({ kind: 'idle' })} /> : null}
      {route.section === 'diagnostics' && stats ? <Diagnostics counts={stats.counts} schemaVersion={stats.schemaVersion} diagnostics={stats.diagnostics} locale={locale} /> : null}
    </DashboardView>
  );
}
