import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS, detectPage } from '../../../utils/platforms/detect';

describe('page detectors of both sites', () => {
  const rows = ALL_DETECTORS.flatMap((d) => d.examples.map((url) => [d.type, url] as const));
  it('every page type a URL can show has a detector with examples', () => {
    expect(ALL_DETECTORS.every((d) => d.examples.length >= 2)).toBe(true);
  });

  it.each(rows)('%s: %s matches its own detector and no other', (type, url) => {
    expect(ALL_DETECTORS.filter((d) => d.test(new URL(url))).map((d) => d.type)).toEqual([type]);
  });

  it.each([
    'https://www.xing.com/',
    'https://www.xing.com/profile/my_profile',
    'https://www.xing.com/jobs/koeln-einkauf-123',
    'http://www.xing.com/profile/Jana_Schmidt',
    'https://www.xing.com.evil.example/profile/Jana_Schmidt',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/company/brueckner-consulting/',
    'https://example.com/in/tobias-lang/',
    'not a url',
  ])('reads nothing on %s', (url) => {
    expect(detectPage(url)).toBeNull();
  });

  it('takes the profile key from the URL, decoded', () => {
    expect(detectPage('https://www.xing.com/profile/J%C3%B6rg_M%C3%BCller/cv')).toEqual({ platform: 'xing', type: 'xing.profile', key: 'Jörg_Müller' });
    expect(detectPage('https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/')?.key).toBe('jörg-müller-8b1a2c3d');
  });
});
