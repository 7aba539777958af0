import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

// Firefox needs a stable add-on id; the e2e tests pin the moz-extension:// origin with it.
export const GECKO_ID = 'handschlag@handschlag.invalid';

/**
 * webextension-polyfill ships as UMD. Bundled as CommonJS it gets the bundler's interop copy, which reads
 * every property of the browser's own `browser` object and so makes Chrome build each API binding
 * (runtime, i18n, dom, extension, …) in every page a content script runs on. As an ES module with one
 * default export nothing is copied.
 * Its code sits in a function that runs only where the browser has no `browser` namespace of its own: the
 * polyfill's first check returns that namespace unchanged anyway, and this way a browser that has one
 * (Firefox; Chromium 156 as tested here) does not compile the polyfill's 9 kB in every page (0.6–1 ms in a
 * new tab, measured with scripts/content-script-ab.ts).
 * The polyfill itself is unchanged.
 */
export const polyfillAsEsm = (): Plugin => ({
  name: 'handschlag:polyfill-as-esm',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/.test(id)) return null;
    return {
      code: [
        'function polyfill() {',
        '  const module = { exports: {} };',
        '  const exports = module.exports;',
        code,
        '  return module.exports;',
        '}',
        '// The polyfill\'s own test for a native namespace, made before its code is compiled.',
        'const native = globalThis.browser;',
        'export default native && native.runtime && native.runtime.id ? native : polyfill();',
      ].join('\n'),
      map: null,
    };
  },
});

/**
 * WXT's content-script entry creates a ContentScriptContext that announces the script to the page with a
 * CustomEvent on `document` named after the extension id (so that a newer copy can stop an older one
 * during development). A page that knows our id could listen for it, and LinkedIn looks for extensions.
 * The entry gets Handschlag's own context instead (utils/platforms/common/actions/page-context.ts): the same
 * methods, nothing said to the page; a newer copy stops the older one through the isolated world's globals,
 * and an orphaned script stops itself when the runtime is gone.
 */
const PAGE_CONTEXT = fileURLToPath(new URL('./utils/platforms/common/actions/page-context.ts', import.meta.url));
export const ownContentScriptContext = (): Plugin => ({
  name: 'handschlag:own-content-script-context',
  enforce: 'pre',
  resolveId(source) {
    return source === 'wxt/utils/content-script-context' ? PAGE_CONTEXT : null;
  },
});

/**
 * Content scripts take the extension API from content-browser.ts, whose `wxt/browser` import resolves here to
 * WXT's plain namespace instead of webextension-polyfill (why: in that module). Other entrypoints keep the polyfill.
 */
const CONTENT_BROWSER = fileURLToPath(new URL('./utils/platforms/common/actions/content-browser.ts', import.meta.url));
export const plainBrowserInContentScripts = (): Plugin => ({
  name: 'handschlag:plain-browser-in-content-scripts',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer !== CONTENT_BROWSER || !/^(wxt\/browser|@wxt-dev\/webextension-polyfill\/browser)$/.test(source)) return null;
    return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
  },
});

/**
 * V8 compiles a function the first time it runs, on the page's main thread, after a pre-parse of the whole
 * file. A profile reader runs most of its functions on every profile page, so it asks V8 to compile them all
 * while compiling the file (explicit compile hint, Chromium 136+; other browsers ignore the comment): one parse
 * instead of two and no compile per function. Measured with scripts/content-script-ab.ts in new tabs (13 loads
 * each): XING profile 12.6 → 10.4 ms, LinkedIn 15.5 → 12.3 ms, the real LinkedIn page 14.6 → 12.8 ms.
 * Session 12 dropped the hint from the LinkedIn reader, which then parsed in the page and ran only part of its larger
 * script. Since session 20 both readers only copy the page (the background parses, issue 15): small scripts that run
 * nearly all their code, where the hint pays again. Same-run A/B, 15 loads each: LinkedIn profile 5.26 → 4.78 ms,
 * the real LinkedIn page 8.95 → 8.33 ms; XING profile without the hint 6.37 ms, with it 5.21 ms. BENCHMARKS.md,
 * issue 15, session 20.
 * The recognition card (`profile-card.js`, loaded only for a known person) renders on load, running most of its code:
 * same-run A/B (scripts/card-ab.ts, 11 loads) the card's part 9.6 → 8.4 ms on XING and 10.4 → 8.3 ms on LinkedIn
 * (profile with the card 16.5 → 15.2 and 16.3 → 14.5 ms). BENCHMARKS.md, issue 18, session 20.
 */
const COMPILED_ON_LOAD = /^(content-scripts\/(xing|linkedin)-profile|profile-card)\.js$/;
export const compileProfileReadersOnLoad = (): Plugin => ({
  name: 'handschlag:compile-profile-readers-on-load',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && COMPILED_ON_LOAD.test(file.fileName)) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
    }
  },
});

/**
 * The few words a collapsed badge shows (band words, "not scored", "on your blocklist"), from both locale files at
 * build time, as `virtual:pill-words`. The pills' first `i18n.getMessage` cost 11 ms in a new tab (Chromium fetches
 * the whole message catalogue for the isolated world then): the pills show without it; the rich badge, loaded on
 * demand, uses the browser's catalogue as before.
 */
export const PILL_WORD_KEYS = [
  'bandCollector', 'bandUnclear', 'bandGenuine', 'triage_notScored', 'triage_onBlocklistShort',
  // A sent request's pill says its state (sent requests are not scored).
  'journal_state_pending', 'journal_state_accepted', 'journal_state_declined', 'journal_state_ignored', 'journal_state_withdrawn', 'journal_state_gone', 'journal_state_reported', 'journal_state_blocked',
] as const;
export const pillWords = (): Plugin => ({
  name: 'handschlag:pill-words',
  resolveId: (source) => (source === 'virtual:pill-words' ? '\0virtual:pill-words' : null),
  load(id) {
    if (id !== '\0virtual:pill-words') return null;
    const words = (lang: string) => {
      const all = JSON.parse(readFileSync(new URL(`./public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
      return Object.fromEntries(PILL_WORD_KEYS.map((key) => [key, { message: all[key]!.message }]));
    };
    return `export default ${JSON.stringify({ en: words('en'), de: words('de') })};`;
  },
});

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineX` come from.
  imports: false,
  // HANDSCHLAG_UNMINIFIED=1 keeps function names readable for scripts/profile-content-script.ts.
  vite: () => ({ plugins: [polyfillAsEsm(), ownContentScriptContext(), plainBrowserInContentScripts(), compileProfileReadersOnLoad(), pillWords()], ...(process.env.HANDSCHLAG_UNMINIFIED ? { build: { minify: false } } : {}) }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's service worker has no DOMParser; a profile page's copy is read in an offscreen document
    // (issue 15). Firefox's event page reads it itself.
    permissions: ['unlimitedStorage', 'alarms', 'notifications', 'scripting', 'storage', 'offscreen'].filter((p) => p !== 'offscreen' || browser !== 'firefox'),
    host_permissions: ['https://www.xing.com/*', 'https://www.linkedin.com/*'],
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions arrived in Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Handschlag collects nothing: everything stays on the user's machine.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The build's syntax targets Vite's default "baseline widely available" browsers (Chromium 111 and later),
        // and the LinkedIn readers' selectors use :has() (105): an older browser would refuse the scripts.
        { minimum_chrome_version: '111' }),
  }),
});
