// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardOnProfile, flush, hosts, useInPage } from './harness';

useInPage();

describe('the recognition card hidden by keyboard (review inpage 7)', () => {
  const ROWS = [
    { name: 'focus came from the page: it goes back there', from: () => document.querySelector<HTMLElement>('main a[href], a[href]') },
    { name: 'focus came from nowhere: it goes to the page near the card, not to the top', from: () => null },
  ];
  for (const row of ROWS) {
    it(row.name, async () => {
      const { root } = await cardOnProfile();
      expect(root.textContent).toContain('AUFSCHWUNG-Messe');
      const from = row.from();
      from?.focus();
      const close = root.querySelector('button.close') as HTMLButtonElement;
      close.focus();
      close.click();
      await flush(2);
      expect(hosts()).toEqual([]);
      expect(document.activeElement).not.toBe(document.body);
      if (from) expect(document.activeElement).toBe(from);
    });
  }
});
