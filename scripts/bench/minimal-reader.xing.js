// A deliberately minimal content script for a 2025 XING profile: one strategy per field, no WXT runtime, no
// polyfill, no checks. Not part of the extension: the reference point for the profile budget, measured with
//   npx tsx scripts/content-script-ab.ts current scripts/bench/minimal-reader.xing.js
// It sends the same capture message; what the extension does beyond this is what costs the rest.
(() => {
  const t = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : undefined);
  const q = (s, r = document) => r.querySelector(s);
  const read = () => {
    const m = /^\/profile\/([^/]+)/.exec(location.pathname);
    if (!m) return;
    const module = q('[data-testid="xing-id-module"], #XingIdModule') || document;
    const name = t(q('[data-xds="Hero"]', module));
    if (!name) return;
    const facts = { name };
    const headline = t(q('[data-testid="xing-id-occupation"]', module)); if (headline) facts.headline = headline;
    const loc = t(q('[data-testid="xing-id-location"]', module)); if (loc) facts.location = loc;
    const c = /(\d[\d.]*)(\+)?/.exec(t(q('[data-testid="xing-id-contacts"]', module)) || '');
    if (c) facts.contacts = { count: Number(c[1].replace(/\./g, '')), atLeast: !!c[2] };
    const stats = q('[data-testid="stats-module"], #ProfileStatsModule');
    const dd = stats && q('dd', stats); if (dd) facts.memberSince = t(dd);
    for (const [k, s] of [['wants', '[data-qa="wants"]'], ['haves', '[data-qa="haves"]']]) {
      const el = q(s); if (el) facts[k] = [...el.querySelectorAll('li')].map(t).filter(Boolean);
    }
    const mutual = q('[data-testid="shared-contacts-module"]');
    if (mutual) facts.mutual = [...mutual.querySelectorAll('a[href*="/profile/"]')].map((a) => ({ key: decodeURIComponent(a.getAttribute('href').split('/profile/')[1].split(/[/?#]/)[0]), name: t(a) })).filter((r) => r.name);
    chrome.runtime.sendMessage({ type: 'capture/profile', payload: { platform: 'xing', url: location.href, auto: true, facts } }).catch(() => {});
  };
  setTimeout(read, 0);
})();
