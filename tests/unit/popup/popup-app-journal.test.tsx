// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import en from '../../../public/_locales/en/messages.json';
import { testDeps } from '../helpers/journal';
import { renderIn } from '../helpers/render-in';

// The real popup (entrypoints/popup/App.tsx) over a real journal (fake-indexeddb).
const tick = () => new Promise((r) => setTimeout(r, 20));
const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const POPUP: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const profile = (key: string): SenderInfo => ({ id: 'ext', url: `https://www.xing.com/profile/${key}`, tab: { id: 5 }, frameId: 0 });

/**
 * `hold(type, match)` keeps the matching answers of that message back until `release(type)`. `failWith`: every
 * message is answered with this error code, set before the popup's code is imported (it asks for its list at once).
 */
async function popupOverJournal(failWith?: string) {
  fakeBrowser.reset();
  // The popup follows site-access changes; the fake browser has no permission events (they would throw unhandled).
  // Plain functions, not spies: a popup unmounted after the test (its cleanup on a timer) still finds them.
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) Object.assign(event, { addListener: () => undefined, removeListener: () => undefined });
  const t = await testDeps();
  const handle = createRouter(createHandlers(t.deps), { id: fakeBrowser.runtime.id, baseUrl: fakeBrowser.runtime.getURL('/') });
  const sender: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const held = new Map<string, (() => void)[]>();
  const holding = new Map<string, (payload: Record<string, unknown>) => boolean>();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; payload: Record<string, unknown> }) => {
    if (failWith) return { ok: false, error: { code: failWith, message: 'upgrade to version 9 failed at store x' } };
    if (holding.get(message.type)?.(message.payload)) await new Promise<void>((resolve) => held.set(message.type, [...(held.get(message.type) ?? []), resolve]));
    return handle(message as never, sender);
  }) as never);
  const direct = createRouter(createHandlers(t.deps), SELF);
  const saveProfile = async (key: string, name: string) => {
    const res = await direct({ type: 'capture/profile', payload: { platform: 'xing', url: profile(key).url, facts: { name } } } as never, profile(key));
    if (!res.ok) throw new Error(res.error.message);
  };
  const { App } = await import('../../../entrypoints/popup/App');
  const open = async () => {
    const root = renderIn(en, <App locale="en" />);
    document.body.append(root);
    for (let i = 0; i < 50 && !root.querySelector('[role="tablist"]'); i++) await tick();
    await tick();
    return root;
  };
  return {
    saveProfile,
    open,
    hold: (type: string, match: (payload: Record<string, unknown>) => boolean = () => true) => holding.set(type, match),
    release: (type: string) => {
      holding.delete(type);
      for (const r of held.get(type) ?? []) r();
      held.delete(type);
    },
  };
}

const typeInto = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const tabButton = (root: HTMLElement, name: string) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => b.textContent?.startsWith(name))!;
const panelText = (root: HTMLElement) => root.querySelector('[role="tabpanel"]')!.textContent ?? '';

describe('popup: a journal that cannot be read is said as such (Degrade, never lie)', () => {
  it.each([
    ['journal-upgrade-failed', en.journal_upgradeFailed.message],
    ['handler-failed', en.popup_journalUnreadable.message],
    ['unreachable', en.popup_journalUnreadable.message],
  ])('%s: Requests, Due and the search say it, not "nothing there"', async (code, said) => {
    const p = await popupOverJournal(code);
    const root = await p.open();
    const requests = panelText(root);
    tabButton(root, 'Due').click();
    await tick();
    const due = panelText(root);
    typeInto(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'Kevin');
    await new Promise((r) => setTimeout(r, 200));
    const search = root.querySelector('main')!.textContent ?? '';
    expect([requests, due]).toEqual([said, said]);
    expect(search).toContain(said);
    expect(search).not.toContain(en.searchNoResults.message);
    // The background's own message is for developers.
    expect(root.textContent).not.toContain('version 9');
    render(null, root);
    root.remove();
  });
});

describe('popup search: results always answer what the field says now', () => {
  it('a late answer after the field was cleared does not replace the tabs', async () => {
    const p = await popupOverJournal();
    await p.saveProfile('Kevin_Brooks', 'Kevin Brooks');
    const root = await p.open();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    p.hold('people/list');
    typeInto(search, 'Kevin');
    await new Promise((r) => setTimeout(r, 200));
    typeInto(search, '');
    await tick();
    p.release('people/list');
    await tick();
    await tick();
    expect(root.textContent).not.toContain('1 person');
    expect(root.querySelector('[role="tablist"]')).not.toBeNull();
    render(null, root);
    root.remove();
  });

  it.each([
    ['an older, slower answer does not win', 'K', 'Kevin', ['Kevin Brooks']],
    ['a narrower, slower answer does not win either', 'Kevin', 'K', ['Karla Stein', 'Kevin Brooks']],
  ])('%s', async (_case, first, second, expected) => {
    const p = await popupOverJournal();
    await p.saveProfile('Kevin_Brooks', 'Kevin Brooks');
    await p.saveProfile('Karla_Stein', 'Karla Stein');
    const root = await p.open();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const names = () => [...root.querySelectorAll('.result-list strong')].map((s) => s.textContent).sort();
    p.hold('people/list', (payload) => payload.query === first);
    typeInto(search, first);
    await new Promise((r) => setTimeout(r, 200));
    typeInto(search, second);
    await new Promise((r) => setTimeout(r, 250));
    expect(names()).toEqual(expected);
    p.release('people/list');
    await tick();
    await tick();
    expect(names()).toEqual(expected);
    render(null, root);
    root.remove();
  });
});
