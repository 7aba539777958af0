// The extension API for content scripts. The build resolves this import to the browser's own namespace
// (`browser` where the browser has one, else `chrome`: WXT's plain `wxt/browser`), not to webextension-polyfill
// as everywhere else (wxt.config.ts, plainBrowserInContentScripts): a content script is compiled afresh in every
// new tab, and it needs only `runtime.sendMessage`, `runtime.onMessage` (answered with `sendResponse`, which
// every browser supports) and `runtime.id`, for which the polyfill adds nothing. Tests get WXT's fake browser.
export { browser } from 'wxt/browser';
