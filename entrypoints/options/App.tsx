import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DashboardView, type DashboardSection } from '../../components/dashboard/DashboardView';
import { DiagnosticsPanel } from '../../components/dashboard/DiagnosticsPanel';
import { useBlocklist } from './blocklist';
import { BlocklistPanel } from '../../components/dashboard/BlocklistPanel';
import { PeopleTable } from '../../components/dashboard/PeopleTable';
import { SettingsForm } from '../../components/dashboard/SettingsForm';
import { useT } from '../../components/i18n';
import type { DiagnosticRecord } from '../../utils/model/diagnostics';
import type { Person } from '../../utils/model/people';
import type { Settings } from '../../utils/model/settings';
import { createClient } from '../../utils/messaging/client';

const client = createClient((message) => browser.runtime.sendMessage(message));
const SECTIONS: DashboardSection[] = ['people', 'blocklist', 'settings', 'diagnostics'];
const sectionFromHash = (): DashboardSection =>
  SECTIONS.find((s) => `#${s}` === location.hash) ?? 'people';

export function App({ locale }: { locale: string }) {
  const t = useT();
  const [section, setSection] = useState<DashboardSection>(sectionFromHash);
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<{ items: Person[]; total: number }>({ items: [], total: 0 });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const [stats, setStats] = useState<{ counts: Record<string, number>; schemaVersion: number; diagnostics: DiagnosticRecord[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const blocklist = useBlocklist(client, section === 'blocklist', setError);

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (location.hash !== `#${section}`) history.pushState(null, '', `#${section}`);
    if (section === 'settings') void client.send('settings/get', {}).then((r) => (r.ok ? setSettings(r.data.settings) : setError(r.error.message)));
    if (section === 'diagnostics') void client.send('journal/stats', {}).then((r) => (r.ok ? setStats(r.data) : setError(r.error.message)));
  }, [section]);

  useEffect(() => {
    if (section !== 'people') return;
    const timer = setTimeout(() => {
      void client.send('people/list', { query, limit: 200 }).then((r) => (r.ok ? setPeople(r.data) : setError(r.error.message)));
    }, query ? 120 : 0);
    return () => clearTimeout(timer);
  }, [section, query]);

  const onSettings = async (patch: Partial<Settings>) => {
    const res = await client.send('settings/update', { patch });
    if (res.ok) {
      setSettings(res.data.settings);
      setStatus({ kind: 'saved' });
    } else setStatus({ kind: 'error', message: res.error.message });
  };

  return (
    <DashboardView section={section} onSection={setSection}>
      {error ? <p class="error" role="alert">{t('errorBackground', error)}</p> : null}
      {section === 'people' ? <PeopleTable {...people} query={query} locale={locale} onQuery={setQuery} /> : null}
      {section === 'blocklist' ? <BlocklistPanel {...blocklist} locale={locale} /> : null}
      {section === 'settings' && settings ? <SettingsForm settings={settings} status={status} onChange={(p) => void onSettings(p)} /> : null}
      {section === 'diagnostics' && stats ? <DiagnosticsPanel counts={stats.counts} schemaVersion={stats.schemaVersion} diagnostics={stats.diagnostics} locale={locale} /> : null}
    </DashboardView>
  );
}
