// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SITE_ORIGINS } from '../../../components/popup/site-access';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

// The real popup (entrypoints/popup/App.tsx) on a tab whose address it cannot see, with the sites' access withheld
// as Firefox does with extensions.originControls.grantByDefault off (review-firefox finding 1).
const noop = () => {};
const tick = () => new Promise((r) => setTimeout(r, 20));
const text = (root: HTMLElement) => (root.querySelector('[role="tabpanel"]')?.textContent ?? '').replace(/\s+/g, ' ');
const tabButton = (root: HTMLElement, name: string) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => b.textContent?.startsWith(name))!;

describe('popup: withheld site access is said, and "Allow access" asks the browser', () => {
  it('says it on Requests and This page, asks for both sites from the click, then says to reload', async () => {
    fakeBrowser.reset();
    const granted = new Set<string>();
    const onAdded = new Set<() => void>();
    const permissions = {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const o of origins) granted.add(o);
        for (const listener of onAdded) listener();
        return true;
      }),
      onAdded: { addListener: (l: () => void) => onAdded.add(l), removeListener: (l: () => void) => onAdded.delete(l) },
      onRemoved: { addListener: noop, removeListener: noop },
    };
    Object.assign(fakeBrowser, { permissions });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 2, active: true } as never]);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
      message.type === 'requests/popup' ? { ok: true, data: { items: [], total: 0 } } : { ok: false, error: { code: 'unreachable', message: 'x' } }) as never);
    const { App } = await import('../../../entrypoints/popup/App');
    const root = renderIn(en, <App locale="en" />);
    document.body.append(root);
    for (let i = 0; i < 50 && !root.querySelector('[role="tablist"]'); i++) await tick();
    await tick();

    expect(text(root)).toContain('Handschlag may not read XING and LinkedIn in this browser.');
    expect(text(root)).not.toContain(en.popupNoRequests.message);
    tabButton(root, 'This page').click();
    await tick();
    expect(text(root)).toContain('Handschlag may not read XING and LinkedIn in this browser.');
    expect(text(root)).not.toContain(en.pageNotSupported.message);

    [...root.querySelectorAll('button')].find((b) => b.textContent === en.siteAccess_allow.message)!.click();
    // The request is made in the click itself (the browser's user gesture), for the two manifest origins.
    expect(permissions.request).toHaveBeenCalledWith({ origins: [SITE_ORIGINS.xing, SITE_ORIGINS.linkedin] });
    for (let i = 0; i < 20 && !text(root).includes(en.siteAccess_granted.message); i++) await tick();
    tabButton(root, 'Requests').click();
    await tick();
    expect(text(root)).toContain(en.siteAccess_granted.message);
    expect(text(root)).toContain(en.popupNoRequests.message);
    Reflect.deleteProperty(fakeBrowser, 'permissions');
  });
});
