// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { growthWatcher } from '../../../utils/platforms/common/actions/page-watch';
import { createMount } from '../../../utils/platforms/common/actions/inpage-host';
import type { ScriptLifetime } from '../../../utils/platforms/common/actions/page-context';

const lifetime: ScriptLifetime = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  onInvalidated: () => () => undefined,
  addEventListener: () => undefined,
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('growthWatcher', () => {
  it('calls back when the page adds cards, not when the in-page badges add their hosts', async () => {
    document.body.innerHTML = '<main><ul><li>card</li></ul></main>';
    let calls = 0;
    const watcher = growthWatcher(lifetime, () => void calls++);
    watcher.watch();
    const card = document.querySelector('li')!;
    card.append(createMount(document, 'en', 'light').host);
    await settle();
    expect(calls).toBe(0);
    card.after(document.createElement('li'));
    await settle();
    expect(calls).toBe(1);
    watcher.stop();
  });
});
