// Evaluated in a site page's main world: times the extension's parser on the live document.
import { parseAnyPage } from '../../utils/platforms/parse-page';

(globalThis as Record<string, unknown>).__hsParse = (times: number) => {
  const ms: number[] = [];
  let requests = 0;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const parsed = parseAnyPage(document, { url: location.href, now: Date.now(), tzOffsetMin: new Date().getTimezoneOffset() });
    ms.push(performance.now() - t0);
    requests = parsed.ok ? (parsed.page.requests?.length ?? 0) : -1;
  }
  return { ms, requests };
};
