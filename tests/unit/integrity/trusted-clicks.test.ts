// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../utils/messaging/client';
import { watchRequestClicks } from '../../../utils/platforms/common/actions/request-clicks';
import type { ScriptLifetime } from '../../../utils/platforms/common/actions/page-context';
import { ALL_DETECTORS } from '../../../utils/platforms/detect';
import { card, POPUP, routedJournal, tab, XING_LIST } from './router-helpers';

const lifetime: ScriptLifetime = {
  setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
  onInvalidated: () => () => {},
  addEventListener: (target, type, handler, options) => target.addEventListener(type, handler as EventListener, options),
};

// Issue 13, break 8: the page could write to the journal without the user.
describe('only the user writes through clicks, and only while reading is on (break 8)', () => {
  it('ignores a synthetic click on Accept and records a trusted one', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(XING_LIST);
    document.body.innerHTML = '<ul><li><a href="/profile/Jana_Schmidt">Jana Schmidt</a><button id="ok">Annehmen</button></li></ul>'; // test markup
    const sent: string[] = [];
    const client: Client = { send: async (type) => (sent.push(type), { ok: true, data: { updated: true } }) as never };
    watchRequestClicks(lifetime, client, 'xing', ALL_DETECTORS);
    const button = document.getElementById('ok')!;
    button.click(); // what a page script can do: isTrusted is false
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent).toEqual([]);
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true }); // what the browser sets for the user's click
    button.dispatchEvent(trusted);
    expect(sent).toEqual(['request/acted']);
  });

  it('sends a block made with the site\'s own button with the blocklist\'s words; other actions without', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(XING_LIST);
    document.body.innerHTML = '<ul><li><a href="/profile/Jana_Schmidt">Jana Schmidt</a><button id="ok">Annehmen</button><button id="block">Blockieren</button></li></ul>'; // test markup
    const sent: unknown[] = [];
    const client: Client = { send: async (_type, payload) => (sent.push(payload), { ok: true, data: { updated: true } }) as never };
    watchRequestClicks(lifetime, client, 'xing', ALL_DETECTORS, (platform) => `Auf ${platform === 'xing' ? 'XING' : 'LinkedIn'} blockiert`);
    for (const id of ['block', 'ok']) {
      const trusted = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(trusted, 'isTrusted', { value: true });
      document.getElementById(id)!.dispatchEvent(trusted);
    }
    expect(sent).toEqual([
      { platform: 'xing', direction: 'received', key: 'Jana_Schmidt', action: 'block', reason: 'Auf XING blockiert' },
      { platform: 'xing', direction: 'received', key: 'Jana_Schmidt', action: 'accept' },
    ]);
  });

  it('refuses request/acted from a content script while automatic reading is off, and takes it from the popup', async () => {
    const j = await routedJournal();
    await j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests: [card('Jana_Schmidt')] } }, tab(XING_LIST));
    await j.handle({ type: 'settings/update', payload: { patch: { autoCapture: false } } }, POPUP);
    const acted = { type: 'request/acted', payload: { platform: 'xing', direction: 'received', key: 'Jana_Schmidt', action: 'accept' } };
    expect(await j.handle(acted, tab(XING_LIST))).toMatchObject({ ok: false, error: { code: 'capture-off' } });
    expect((await j.deps.db.getAll('requests'))[0]?.state).toBe('pending');
    expect(await j.handle(acted, POPUP)).toEqual({ ok: true, data: { updated: true } });
  });
});
