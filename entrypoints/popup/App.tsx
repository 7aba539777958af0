import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageState } from '../../components/popup/page-state';
import { PopupView, type PopupTab } from '../../components/popup/PopupView';
import type { Person } from '../../utils/journal/schemas';
import { createClient } from '../../utils/messaging/client';
import { CAPTURE_NOW, type CaptureNowAnswer } from '../../utils/messaging/tab-messages';
import { detectPage } from '../../utils/platforms/detect';
import { SYSTEM_PAGE_TYPES } from '../../utils/platforms/page-types';
import { findTargetTab, type TargetTab } from './target-tab';

const client = createClient((message) => browser.runtime.sendMessage(message));

async function loadPageState(target: TargetTab | null): Promise<PageState> {
  const page = target?.url ? detectPage(target.url) : null;
  if (!page) return { kind: 'unsupported' };
  if (SYSTEM_PAGE_TYPES.includes(page.type)) return { kind: 'system' };
  if (!page.key) return { kind: 'list' };
  const res = await client.send('person/get', { platform: page.platform, key: page.key });
  if (!res.ok) return { kind: 'error', message: res.error.message };
  if (!res.data.view) return { kind: 'unknown-person', platform: page.platform, key: page.key };
  return { kind: 'person', ...res.data.view };
}

export function App({ locale }: { locale: string }) {
  const [tab, setTab] = useState<PopupTab>('page');
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ items: Person[]; total: number } | null>(null);

  const refresh = useCallback(async (t: TargetTab | null) => setPage(await loadPageState(t)), []);

  useEffect(() => {
    void findTargetTab().then((t) => {
      setTarget(t);
      return refresh(t);
    });
  }, [refresh]);

  useEffect(() => {
    if (!query.trim()) {
      setSearch(null);
      return;
    }
    const timer = setTimeout(() => {
      void client.send('people/list', { query, limit: 20 }).then((res) => {
        if (res.ok) setSearch(res.data);
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  const onCapture = async () => {
    if (!target || page.kind !== 'unknown-person') return;
    setPage({ ...page, capturing: true });
    let answer: CaptureNowAnswer;
    try {
      answer = (await browser.tabs.sendMessage(target.id, { type: CAPTURE_NOW })) as CaptureNowAnswer;
    } catch (error) {
      answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (answer?.ok) await refresh(target);
    else setPage({ ...page, capturing: false, captureError: answer?.error ?? 'no answer' });
  };

  return (
    <PopupView
      tab={tab}
      page={page}
      query={query}
      search={search}
      locale={locale}
      onTab={setTab}
      onQuery={setQuery}
      onCapture={() => void onCapture()}
      onOpenDashboard={() => void browser.runtime.openOptionsPage()}
    />
  );
}
