// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOST_TAG, isOurHost } from '../../../../utils/platforms/common/actions/inpage-slot';
import { cardOnProfile, hosts, listWithBadges, useInPage } from './harness';

useInPage();

// What any script of the page can run (no shadow root, no extension API): nothing that names or marks us.
// (The host's tag is the one exception, kept for the e2e tests and benches: see HOST_TAG.)
const pageFinds = () => [...document.querySelectorAll('*')].filter((e) => (e.localName !== HOST_TAG && /handschlag/i.test(e.localName)) || [...e.attributes].some((a) => /handschlag/i.test(a.name + a.value)));

describe('the host element says nothing about us (review inpage 3)', () => {
  const ROWS = [
    { name: 'badges on a request list', start: async () => void (await listWithBadges()) },
    { name: 'the recognition card on a profile', start: async () => void (await cardOnProfile()) },
  ];
  for (const row of ROWS) {
    it(`${row.name}: hosts without attributes (but the card's popover), known to our code by isOurHost`, async () => {
      await row.start();
      expect(hosts().length).toBeGreaterThan(0);
      expect(pageFinds()).toEqual([]);
      for (const h of hosts()) {
        expect(h.localName).toBe(HOST_TAG);
        expect([...h.attributes].map((a) => a.name).filter((n) => n !== 'popover')).toEqual([]);
        expect(isOurHost(h)).toBe(true);
      }
      expect(isOurHost(document.createElement('div'))).toBe(false);
    });
  }
});
