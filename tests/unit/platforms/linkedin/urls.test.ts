import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS, detectPage } from '../../../../utils/platforms/detect';
import { linkedinDetectors } from '../../../../utils/platforms/linkedin/urls';

describe('LinkedIn URL detectors', () => {
  const rows = linkedinDetectors.flatMap((d) => d.examples.map((url) => [d.type, url] as const));
  it.each(rows)('%s: %s matches this detector and no other', (type, url) => {
    expect(ALL_DETECTORS.filter((d) => d.test(new URL(url))).map((d) => d.type)).toEqual([type]);
  });

  it('gives the decoded slug as the key and refuses /in/me and other hosts', () => {
    expect(detectPage('https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/')?.key).toBe('jörg-müller-8b1a2c3d');
    expect(detectPage('https://www.linkedin.com/in/me/')).toBeNull();
    expect(detectPage('http://www.linkedin.com/in/tobias-lang/')).toBeNull();
    expect(detectPage('https://www.linkedin.com.evil.example/in/tobias-lang/')).toBeNull();
  });
});
