import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ComposerProps } from '../../components/compose/Composer';
import { insertAnswerText } from '../../components/compose/insert-answer-text';
import type { PageState } from '../../components/popup/page-state';
import type { RequestView } from '../../components/popup/request-view';
import type { Translate } from '../../utils/i18n';
import type { Client } from '../../utils/messaging/client';
import { COMPOSE_INSERT, type ComposeInsertAnswer } from '../../utils/messaging/compose-messages';
import type { Settings } from '../../utils/model/settings';
import { detectPage } from '../../utils/platforms/detect';
import { profileUrl } from '../../utils/platforms/profile-url';
import type { TargetTab } from './target-tab';

type Host = Omit<ComposerProps, 'onClose'>;
type Status = ComposerProps['status'];

const isoDay = (now: Date) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Wires the composer to the popup: settings (own name, links, Premium), clipboard, and Insert on the open tab. */
export function useComposerHost(
  client: Client,
  page: PageState,
  target: TargetTab | null,
  requests: readonly RequestView[],
  t: Translate,
  locale: string,
  onPersonChanged: () => Promise<void>,
  /** The first view is shown: the settings are asked for only then. */
  opened = true,
): Host | undefined {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(undefined);
  useEffect(() => {
    if (opened) void client.send('settings/get', {}).then((r) => r.ok && setSettings(r.data.settings));
  }, [client, opened]);

  const detected = target?.url ? detectPage(target.url) : null;
  if (page.kind !== 'person' || !settings || !detected) return undefined;
  const platform = detected.platform;
  const facts = page.latest?.facts;
  const name = page.person.displayName;
  // Their pending request, if any: the composer answers it (and follows its Sie/Du).
  const request = detected.key ? requests.find((r) => r.platform === platform && r.profileUrl === profileUrl(platform, detected.key!)) : undefined;

  const onCopy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setStatus({ kind: 'ok', text: t('compose_copied') }),
      () => setStatus({ kind: 'error', text: t('compose_copyFailed') }),
    );
  };
  // An open follow-up after this meeting: once the text is copied or inserted, the composer offers to close it.
  const followUp = page.summary?.openReminders.find((r) => r.kind === 'follow-up');
  const onFollowUpDone = async (id: string) => {
    const res = await client.send('reminder/settle', { id, action: { done: true } });
    setStatus(res.ok ? { kind: 'ok', text: t('compose_followUpMarked') } : { kind: 'error', text: t('compose_followUpFailed', res.error.message) });
    if (res.ok) await onPersonChanged();
  };
  const onInsert = async (text: string) => {
    if (!target || !detected.key) return;
    // The insert code is loaded into the tab only now, on the user's click (never part of the page readers).
    const answer = (await browser.scripting
      .executeScript({ target: { tabId: target.id, frameIds: [0] }, files: ['/compose-insert.js'] })
      .then(() => browser.tabs.sendMessage(target.id, { type: COMPOSE_INSERT, text, key: detected.key, name }, { frameId: 0 }))
      // The tab could not be reached (reloaded, closed, or a page the browser keeps scripts out of): said in words.
      .catch((): ComposeInsertAnswer => ({ ok: false, reason: 'unreachable' }))) as ComposeInsertAnswer | undefined;
    setStatus(insertAnswerText(t, answer, name));
  };

  return {
    setup: {
      person: { name, headline: facts?.headline ?? page.person.headline, company: facts?.company ?? page.person.company, wants: facts?.wants, haves: facts?.haves },
      platform,
      premium: platform === 'linkedin' ? !!settings.linkedinPremium : !!settings.xingPremium,
      me: { name: settings.me?.name, company: settings.me?.company, links: settings.me?.links },
      ...(request ? { theirNote: request.note } : {}),
    },
    ...(request ? { initialSituation: 'answer-request' as const } : {}),
    templates: settings.composeTemplates ?? [],
    onTemplates: (templates: string[]) => {
      void client.send('settings/update', { patch: { composeTemplates: templates } }).then((r) => r.ok && setSettings(r.data.settings));
    },
    defaultLang: locale.toLowerCase().startsWith('de') ? 'de' : 'en',
    today: isoDay(new Date()),
    locale,
    status,
    onCopy,
    ...(followUp ? { onFollowUpDone: () => void onFollowUpDone(followUp.id) } : {}),
    ...(detected.key ? { onInsert: (text: string) => void onInsert(text) } : {}),
  };
}
