// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createMount } from '../../../../utils/platforms/common/actions/inpage-host';
import { HOST_TAG, isOurHost, randomHostTag } from '../../../../utils/platforms/common/actions/inpage-slot';
import { cardOnProfile, hosts, listWithBadges, useInPage } from './harness';

useInPage();

// What any script of the page can run (no shadow root, no extension API): nothing that names or marks us.
const pageFinds = () => [...document.querySelectorAll('*')].filter((e) => /handschlag/i.test(e.localName) || [...e.attributes].some((a) => /handschlag/i.test(a.name + a.value)));

/** A valid custom-element name as the HTML standard has it (ASCII form), and not one it reserves. */
const RESERVED = ['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph'];
const validName = (tag: string) => /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag) && !RESERVED.includes(tag);

/** A random source that hands out these bytes in order (then zeros). */
const bytes = (...values: number[]) => (out: Uint8Array) => {
  for (let i = 0; i < out.length; i++) out[i] = values.shift() ?? 0;
  return out;
};

describe('the host element says nothing about us (review inpage 3)', () => {
  const ROWS = [
    { name: 'badges on a request list', start: async () => void (await listWithBadges()) },
    { name: 'the recognition card on a profile', start: async () => void (await cardOnProfile()) },
  ];
  for (const row of ROWS) {
    it(`${row.name}: hosts of this load's random tag, without attributes (but the card's popover), known to our code by isOurHost`, async () => {
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

  it('a new mount has no attribute at all and a closed root', () => {
    const { host } = createMount(document, 'en', 'light');
    expect(host.localName).toBe(HOST_TAG);
    expect(host.attributes.length).toBe(0);
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes.length).toBe(0);
  });
});

describe('the host tag: random per load of the script', () => {
  it('is a valid custom-element name of two runs of 3–8 letters, naming nothing of ours', () => {
    expect(validName(HOST_TAG)).toBe(true);
    expect(HOST_TAG).toMatch(/^[a-z]{3,8}-[a-z]{3,8}$/);
    expect(HOST_TAG).not.toMatch(/handschlag/i);
    expect(() => document.createElement(HOST_TAG)).not.toThrow();
  });

  it('differs between two loads of the module (as between two page loads)', async () => {
    const tags = new Set<string>();
    for (let i = 0; i < 5; i++) {
      vi.resetModules();
      const slot = await import('../../../../utils/platforms/common/actions/inpage-slot');
      expect(validName(slot.HOST_TAG)).toBe(true);
      tags.add(slot.HOST_TAG);
    }
    expect(tags.size).toBe(5);
  });

  it('draws letters and lengths from the random source without bias, and redraws a reserved name', () => {
    // Lengths: 3 + byte % 6 (bytes of 252 and more are drawn again); letters: byte % 26 (234 and more drawn again).
    expect(randomHostTag(bytes(0, 0, 1, 2, 1, 25, 24, 23, 22))).toBe('abc-zyxw');
    expect(randomHostTag(bytes(255, 5, 234, 7, 33, 12, 3, 4, 5, 6, 7, 253, 0, 3, 4, 5))).toBe('hhmdefgh-def');
    // f o n t - f a c e first (reserved), then a-b-c.
    expect(randomHostTag(bytes(1, 5, 14, 13, 19, 1, 5, 0, 2, 4, 0, 0, 1, 2, 0, 0, 1, 2))).toBe('abc-abc');
  });

  it('is spread over the whole alphabet and every length', () => {
    const tags = Array.from({ length: 400 }, () => randomHostTag());
    expect(new Set(tags).size).toBe(400);
    expect(new Set(tags.join('').replace(/-/g, ''))).toHaveProperty('size', 26);
    expect(new Set(tags.flatMap((t) => t.split('-').map((run) => run.length)))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
    expect(tags.every(validName)).toBe(true);
  });
});
