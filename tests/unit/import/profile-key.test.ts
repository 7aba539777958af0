import { describe, expect, it } from 'vitest';
import { plainLinkedinKey } from '../../../utils/import/profile-key';
import { profileKeyOf } from '../../../utils/import/people-builder';
import { detectPage } from '../../../utils/platforms/detect';
import { linkedinDetectors } from '../../../utils/platforms/linkedin/urls';

// The plain URL's shortcut must give the key the URL parser and the profile detector give, or no answer.
const slow = (href: string): string | undefined => {
  const page = detectPage(href, linkedinDetectors);
  return page && page.type === 'linkedin.profile' && page.key ? page.key : undefined;
};

describe('plainLinkedinKey: the key the detectors give, for plain profile URLs only', () => {
  it.each<[string, string | undefined]>([
    ['https://www.linkedin.com/in/anna-berger-1a2b3c', 'anna-berger-1a2b3c'],
    ['https://www.linkedin.com/in/anna_berger/', 'anna_berger'],
    ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d', 'jörg-müller-8b1a2c3d'],
    ['https://www.linkedin.com/in/jo%CC%88rg', 'jörg'], // NFC, as decodeSegment gives it
    ['https://www.linkedin.com/in/a%2Fb', 'a/b'],
    ['https://www.linkedin.com/in/bad%zzescape', 'bad%zzescape'],
    ['https://www.linkedin.com/in/%', '%'],
    ['https://www.linkedin.com/in/a%2e', 'a.'],
    ['https://www.linkedin.com/in/%2e%2e%2e', '...'],
    // Left to the detectors:
    ['https://www.linkedin.com/in/me', undefined],
    ['https://www.linkedin.com/in/%6De', undefined],
    ['https://www.linkedin.com/in/%2e', undefined],
    ['https://www.linkedin.com/in/%2E%2e/', undefined],
    ['https://www.linkedin.com/in/anna.berger', undefined],
    ['https://www.linkedin.com/in/anna?trk=x', undefined],
    ['https://www.linkedin.com/in/anna/overlay/contact-info/', undefined],
    ['https://WWW.linkedin.com/in/anna', undefined],
    ['https://de.linkedin.com/in/anna', undefined],
    ['http://www.linkedin.com/in/anna', undefined],
    ['https://www.linkedin.com/in/', undefined],
    ['https://www.linkedin.com/in/anna//', undefined],
    ['https://www.linkedin.com/in/an na', undefined],
    ['https://www.linkedin.com/in/jörg', undefined],
    [' https://www.linkedin.com/in/anna', undefined],
  ])('%s', (href, key) => {
    expect(plainLinkedinKey(href)).toBe(key);
    if (key !== undefined) expect(slow(href)).toBe(key);
  });

  it('never differs from the detectors (generated slugs)', () => {
    const parts = ['a', 'Z', '0', '-', '_', '%', '%2e', '%2E', '%C3%BC', '%CC%88', 'me', '%6D', '.', '/', '?', '#', ' ', 'ü', '%zz', '\t'];
    let seed = 19;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    let answered = 0;
    for (let i = 0; i < 5000; i++) {
      const slug = Array.from({ length: 1 + (next() % 4) }, () => parts[next() % parts.length]).join('');
      for (const href of [`https://www.linkedin.com/in/${slug}`, `https://www.linkedin.com/in/${slug}/`]) {
        const fast = plainLinkedinKey(href);
        if (fast === undefined) continue;
        answered++;
        expect([href, fast]).toEqual([href, slow(href)]);
      }
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it('profileKeyOf answers as before for URLs of any form', () => {
    for (const url of ['https://www.linkedin.com/in/anna', ' http://www.linkedin.com/in/anna/ ', 'https://www.linkedin.com/in/anna?x=1', 'https://www.linkedin.com/in/me', 'https://www.linkedin.com/in/%2e%2e/x', 'nonsense', ''])
      expect([url, profileKeyOf('linkedin', url)]).toEqual([url, url ? slow(url.trim().replace(/^http:\/\//, 'https://')) : undefined]);
  });
});
