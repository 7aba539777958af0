import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { polyfillAsEsm } from '../../wxt.config';

// How the build bundles webextension-polyfill (wxt.config.ts): the polyfill's code runs only where the
// browser has no `browser` namespace of its own, and then exactly as before.
const POLYFILL = createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.js');

function bundled(): (global: Record<string, unknown>) => unknown {
  const plugin = polyfillAsEsm();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
  const out = transform(readFileSync(POLYFILL, 'utf8'), POLYFILL);
  if (!out) throw new Error('the polyfill was not transformed');
  expect(out.code.match(/^export default /gm)).toHaveLength(1);
  // The module's code with `globalThis` (and the polyfill's free `chrome`, read without calling a getter)
  // supplied, its default export returned.
  return (global) => new Function('globalThis', 'chrome', out.code.replace(/^export default /m, 'return '))(global, Object.getOwnPropertyDescriptor(global, 'chrome')?.value);
}

describe('webextension-polyfill as bundled', () => {
  it('leaves other files alone', () => {
    const transform = polyfillAsEsm().transform as (code: string, id: string) => unknown;
    expect(transform('export default 1', '/src/utils/x.ts')).toBeNull();
  });

  it('is the browser’s own namespace where it has one (the polyfill is not run)', () => {
    const native = { runtime: { id: 'ext' } };
    let chromeRead = false;
    // The polyfill's first statement reads globalThis.chrome: a getter tells whether its code ran.
    const global = { browser: native, get chrome() { chromeRead = true; return { runtime: { id: 'ext' } }; } };
    expect(bundled()(global)).toBe(native);
    expect(chromeRead).toBe(false);
  });

  it('wraps `chrome` where the browser has no namespace of its own', () => {
    const chrome = { runtime: { id: 'ext', getURL: (p: string) => `chrome-extension://ext/${p}` } };
    const api = bundled()({ chrome }) as { runtime: { id: string; getURL(p: string): string } };
    expect(api).not.toBe(chrome);
    expect(api.runtime.id).toBe('ext');
    expect(api.runtime.getURL('popup.html')).toBe('chrome-extension://ext/popup.html');
  });

  it('still refuses to run outside an extension', () => {
    expect(() => bundled()({})).toThrow(/browser extension/);
  });
});
