// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../utils/messaging/client';
import { watchDraftBoxes } from '../../../utils/platforms/common/actions/draft-box-watch';
import type { ScriptLifetime } from '../../../utils/platforms/common/actions/page-context';

const lifetime: ScriptLifetime = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number,
  onInvalidated: () => () => undefined,
  addEventListener: (target, type, handler, options) => target.addEventListener(type, handler as EventListener, options),
};

describe('the readers\' watch for message and note boxes', () => {
  it('asks the background once, on the first focus in a box (again only if the worker was away)', async () => {
    document.body.innerHTML = '<input id=search><form><textarea id=box></textarea><textarea id=other></textarea></form>';
    const sent: unknown[] = [];
    const answers = [{ ok: false, error: { code: 'unreachable', message: 'x' } }, { ok: true, data: { hint: true } }];
    const client = { send: async (type: string, payload: unknown) => (sent.push([type, payload]), answers.shift()) } as unknown as Client;
    watchDraftBoxes(lifetime, client, 'xing');
    const focus = async (id: string) => {
      document.getElementById(id)!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    };
    await focus('search');
    expect(sent).toEqual([]);
    await focus('box');
    await focus('other');
    await focus('box');
    expect(sent).toEqual([['inpage/draft-box', { platform: 'xing' }], ['inpage/draft-box', { platform: 'xing' }]]);
  });
});
