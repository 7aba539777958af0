// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import en from '../../../public/_locales/en/messages.json';
import { RequestsView } from '../../../components/dashboard/RequestsView';
import { I18nProvider } from '../../../components/i18n';
import { PENDING_REQUESTS_HASH } from '../../../components/popup/RequestList';
import { routeFromHash } from '../../../entrypoints/options/route';
import { useRequests } from '../../../entrypoints/options/use-requests';
import { createClient } from '../../../utils/messaging/client';
import { mergePeople } from '../../../utils/journal/person-merge';
import { recordProfile } from '../../../utils/journal/profiles';
import { translatorFromMessages } from '../../../utils/i18n';
import type { RequestFilters } from '../../../utils/messaging/requests-protocol';
import { LINKEDIN_LIST, routedJournal, tab, XING_LIST } from '../integrity/router-helpers';

// The dashboard's Requests view as App wires it: useRequests over the real router and handlers on fake-indexeddb.

const DASH = { id: 'ext', url: 'chrome-extension://ext/options.html#requests' };
type Journal = Awaited<ReturnType<typeof routedJournal>>;
type Api = ReturnType<typeof useRequests>;

const tick = () => new Promise((r) => setTimeout(r, 20));
async function settle() {
  for (let i = 0; i < 15; i++) await act(async () => { await tick(); });
}
const buttons = (root: Element, text: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);
const blocklistIds = async (j: Journal) => (await j.deps.db.getAll('blocklist')).map((e) => e.id).sort();

async function dashboard(j: Journal, preset?: Partial<RequestFilters>) {
  const client = createClient((m) => j.handle(m as never, DASH));
  const errors: string[] = [];
  const api: { current?: Api } = {};
  function Harness() {
    const r = useRequests(client, true, (m) => errors.push(m), preset);
    api.current = r;
    return <RequestsView {...r} locale="en-GB" />;
  }
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => { render(<I18nProvider value={translatorFromMessages(en)}><Harness /></I18nProvider>, root); });
  await settle();
  return { root, errors, api: api as { current: Api } };
}

/** Jana: one person with a XING and a LinkedIn identity, blocked on XING; her LinkedIn request is in the journal. */
async function janaBlockedOnXing() {
  const j = await routedJournal();
  const a = (await recordProfile(j.deps, { platform: 'xing', key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt' } })).personId;
  const b = (await recordProfile(j.deps, { platform: 'linkedin', key: 'jana-schmidt-koeln', url: 'https://www.linkedin.com/in/jana-schmidt-koeln/', facts: { name: 'Jana Schmidt' } })).personId;
  await mergePeople(j.deps, a, b);
  await j.handle({ type: 'inpage/flow-done', payload: { platform: 'xing', direction: 'received', key: 'Jana_Schmidt12', action: 'block', confirmed: [], reason: 'Spammer' } } as never, tab(XING_LIST));
  await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LINKEDIN_LIST, direction: 'received', requests: [{ key: 'jana-schmidt-koeln', name: 'Jana Schmidt', note: 'Hallo' }] } } as never, tab(LINKEDIN_LIST));
  return j;
}

const captureXing = (j: Journal, cards: { key: string; name: string; note: string }[]) =>
  j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests: cards } } as never, tab(XING_LIST));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the Requests view over the real journal: blocklist actions', () => {
  it('"Remove from blocklist" on a row blocked through the other site removes that entry, says whose, and Undo puts exactly it back', async () => {
    const j = await janaBlockedOnXing();
    const before = await j.deps.db.get('blocklist', 'xing:Jana_Schmidt12');
    const { root, errors } = await dashboard(j);
    expect(root.querySelector('tbody tr')!.textContent).toContain('On your blocklist since');
    await act(async () => { buttons(root, 'Remove from blocklist')[0]!.click(); });
    await settle();
    expect(root.querySelector('[role=status]')!.textContent).toContain('Removed from your blocklist: Jana Schmidt on XING.');
    expect(await blocklistIds(j)).toEqual([]);
    expect(root.querySelector('tbody tr')!.textContent).not.toContain('On your blocklist since');
    await act(async () => { buttons(root, 'Undo')[0]!.click(); });
    await settle();
    expect(await blocklistIds(j)).toEqual(['xing:Jana_Schmidt12']); // no entry for her LinkedIn key appears
    expect(await j.deps.db.get('blocklist', 'xing:Jana_Schmidt12')).toEqual(before);
    expect(root.querySelector('tbody tr')!.textContent).toContain('On your blocklist since');
    expect(errors).toEqual([]);
  });

  it('Undo of a removal gives a team file\'s entry back with its name', async () => {
    const j = await routedJournal();
    await j.deps.db.put('blocklist', { v: 1, id: 'xing:Priya_Raman', platform: 'xing', key: 'Priya_Raman', name: 'Priya Raman (Vertrieb-Spam)', reason: 'Team list: spammer', at: Date.UTC(2026, 0, 5) });
    await captureXing(j, [{ key: 'Priya_Raman', name: 'Priya Raman', note: '' }]);
    const before = await j.deps.db.get('blocklist', 'xing:Priya_Raman');
    const { root } = await dashboard(j);
    await act(async () => { buttons(root, 'Remove from blocklist')[0]!.click(); });
    await settle();
    expect(root.querySelector('[role=status]')!.textContent).toContain('Removed from your blocklist: Priya Raman (Vertrieb-Spam) on XING.');
    await act(async () => { buttons(root, 'Undo')[0]!.click(); });
    await settle();
    expect(await j.deps.db.get('blocklist', 'xing:Priya_Raman')).toEqual(before);
  });

  it('an entry gone meanwhile is not announced as removed, and offers no Undo', async () => {
    const j = await janaBlockedOnXing();
    const { root } = await dashboard(j);
    await j.deps.db.delete('blocklist', 'xing:Jana_Schmidt12'); // removed in another tab
    await act(async () => { buttons(root, 'Remove from blocklist')[0]!.click(); });
    await settle();
    expect(root.querySelector('[role=status]')!.textContent).toContain('Jana Schmidt on XING was not on your blocklist any more: nothing was removed.');
    expect(buttons(root, 'Undo')).toEqual([]);
  });

  it('"Put on blocklist" adds a local entry for the row\'s person, says the site is not told, and Undo removes it; no platform buttons', async () => {
    const j = await routedJournal();
    await captureXing(j, [{ key: 'Kevin_Brooks', name: 'Kevin Brooks', note: 'Win-win!' }]);
    const { root } = await dashboard(j);
    const labels = [...root.querySelectorAll('tbody button')].map((b) => b.textContent);
    expect(labels).toEqual(['Genuine', 'Collector', 'Put on blocklist']);
    await act(async () => { buttons(root, 'Put on blocklist')[0]!.click(); });
    await settle();
    const entry = await j.deps.db.get('blocklist', 'xing:Kevin_Brooks');
    expect(entry).toMatchObject({ platform: 'xing', key: 'Kevin_Brooks', reason: 'Put on the blocklist in the dashboard (not blocked on the site)' });
    expect(entry).not.toHaveProperty('name');
    expect(root.querySelector('[role=status]')!.textContent).toContain(
      'Kevin Brooks is on your blocklist now. Nothing changed on XING: to decline, report and block there, open your requests on XING and use “Block spammer”.',
    );
    expect(root.querySelector('tbody tr')!.textContent).toContain('On your blocklist since');
    expect((await j.deps.db.getAll('requests'))[0]!.state).toBe('pending'); // the request itself is untouched
    await act(async () => { buttons(root, 'Undo')[0]!.click(); });
    await settle();
    expect(await blocklistIds(j)).toEqual([]);
    expect(buttons(root, 'Put on blocklist')).toHaveLength(1);
  });
});

describe('the Requests view over the real journal: pages and the popup\'s link', () => {
  it('an action that shrinks the list under a later page goes back to the last page that exists', async () => {
    const j = await routedJournal();
    await captureXing(j, Array.from({ length: 150 }, (_, i) => ({ key: `P_${String(i).padStart(3, '0')}`, name: `Person ${i}`, note: '' })));
    const { root, api } = await dashboard(j, { state: 'pending' });
    await act(async () => { api.current.onOffset(100); });
    await settle();
    expect(root.querySelector('.pager')!.textContent).toContain('101–150 of 150');
    // 60 are declined on the site meanwhile; the next action's reload finds 90.
    for (let i = 0; i < 60; i++) await j.handle({ type: 'request/acted', payload: { platform: 'xing', direction: 'received', key: `P_${String(i).padStart(3, '0')}`, action: 'decline' } } as never, DASH);
    await act(async () => { buttons(root, 'Genuine')[0]!.click(); });
    await settle();
    expect(api.current.offset).toBe(0);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(90);
    expect(root.textContent).toContain('90 requests');
    expect(root.textContent).not.toContain('101–');
  });

  it('the popup\'s "N more requests" opens the view on the pending received requests: the popup\'s count', async () => {
    const j = await routedJournal();
    await captureXing(j, [{ key: 'A_A', name: 'A A', note: '' }, { key: 'B_B', name: 'B B', note: '' }]);
    const sentUrl = 'https://www.xing.com/contacts/requests/sent';
    await j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: sentUrl, direction: 'sent', requests: [{ key: 'S_1', name: 'S 1', note: '' }, { key: 'S_2', name: 'S 2', note: '' }] } } as never, tab(sentUrl));
    await j.handle({ type: 'request/acted', payload: { platform: 'xing', direction: 'received', key: 'B_B', action: 'decline' } } as never, DASH);
    const pending = (await j.handle({ type: 'requests/pending', payload: {} } as never, DASH)) as { data: { total: number } };
    const route = routeFromHash(PENDING_REQUESTS_HASH);
    expect(route).toEqual({ section: 'requests', requests: { direction: 'received', state: 'pending' } });
    const { root, api } = await dashboard(j, route.requests);
    expect(api.current.filters).toMatchObject({ direction: 'received', state: 'pending', platform: 'all', band: 'all' });
    expect(api.current.page!.total).toBe(pending.data.total);
    expect(root.textContent).toContain('1 request');
  });
});
