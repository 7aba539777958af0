// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installRich } from '../../../../utils/platforms/common/actions/inpage-rich';
import { INPAGE_SLOT, runningIn } from '../../../../utils/platforms/common/actions/inpage-slot';
import { anyList, en, flush, hosts, LISTS, roots, textOf, useInPage } from './harness';

useInPage();

// Sent requests are never scored (the scorer reads received ones): a pill promising a score would say so forever.
describe('pills on sent lists (review inpage 1)', () => {
  for (const f of LISTS.filter((l) => l.pageType.endsWith('.sent'))) {
    it(`${f.file}: each pill says the request's state, none "not scored yet"; no Genuine/Collector when opened`, async () => {
      const { reqs } = await anyList(f.site, f.file, f.url);
      runningIn(INPAGE_SLOT)!.refresh(); // the background's refresh after the list was stored
      await flush();
      const texts = hosts().map(textOf);
      expect(texts.length).toBe(reqs.length);
      expect(texts.filter((t) => t.includes(en.triage_notScored!.message))).toEqual([]);
      expect(texts.every((t) => t.includes(en.journal_state_pending!.message))).toBe(true);
      installRich();
      const root = roots.find((r) => r.host === hosts()[0])!;
      (root.querySelector('button.pill') as HTMLButtonElement).click();
      await flush();
      const words = [...root.querySelectorAll('button')].map((b) => b.textContent);
      expect(words).not.toContain(en.verdictGenuine!.message);
      expect(words).not.toContain(en.verdictCollector!.message);
      expect(root.textContent).not.toContain(en.triage_notScored!.message);
    });
  }
});
