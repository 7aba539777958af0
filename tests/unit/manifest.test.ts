import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (browser: string) => JSON.parse(readFileSync(resolve(ROOT, `.output/${browser}/manifest.json`), 'utf8'));
const built = existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json')) && existsSync(resolve(ROOT, '.output/firefox-mv3/manifest.json'));

// The permission snapshot: changing it must be deliberate (and PERMISSIONS.md must say why).
const PERMISSIONS = ['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'];
// Chrome's service worker has no DOMParser: a profile page's copy is read in an offscreen document (issue 15).
const PERMISSIONS_OF: Record<string, string[]> = { 'chrome-mv3': [...PERMISSIONS, 'offscreen'].sort(), 'firefox-mv3': PERMISSIONS };
const HOSTS = ['https://www.linkedin.com/*', 'https://www.xing.com/*'];
const PROFILES = { linkedin: 'https://www.linkedin.com/in/*', xing: 'https://www.xing.com/profile/*' };
const SCRIPTS = [
  { matches: ['https://www.linkedin.com/*'], exclude: [PROFILES.linkedin], js: ['content-scripts/linkedin.js'] },
  { matches: [PROFILES.linkedin], exclude: [], js: ['content-scripts/linkedin-profile.js'] },
  { matches: ['https://www.xing.com/*'], exclude: [PROFILES.xing], js: ['content-scripts/xing.js'] },
  { matches: [PROFILES.xing], exclude: [], js: ['content-scripts/xing-profile.js'] },
];

describe.runIf(built)('built manifests', () => {
  for (const browser of ['chrome-mv3', 'firefox-mv3']) {
    it(`${browser}: asks only for what the product needs`, () => {
      const manifest = read(browser);
      expect(manifest.manifest_version).toBe(3);
      expect([...manifest.permissions].sort()).toEqual(PERMISSIONS_OF[browser]);
      expect(existsSync(resolve(ROOT, `.output/${browser}/offscreen.html`))).toBe(browser === 'chrome-mv3');
      expect([...manifest.host_permissions].sort()).toEqual(HOSTS);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy).toBeUndefined();
      // Per site: the profile reader on profile URLs, the full reader everywhere else (it is loaded into a
      // profile's tab when the site moves on in place to a page only it reads).
      const scripts = manifest.content_scripts.map((cs: { matches: string[]; exclude_matches?: string[]; js: string[] }) => ({ matches: cs.matches, exclude: cs.exclude_matches ?? [], js: cs.js }));
      expect(scripts).toEqual(expect.arrayContaining(SCRIPTS));
      expect(scripts).toHaveLength(SCRIPTS.length);
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|"tabs"|webRequest/);
    });
  }

  it("chrome-mv3: asks for a Chromium that runs the build's syntax and knows :has()", () => {
    expect(read('chrome-mv3').minimum_chrome_version).toBe('111');
  });

  it('firefox-mv3: has a gecko id and declares that it collects no data', () => {
    const manifest = read('firefox-mv3');
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.background.scripts).toBeDefined();
  });

  it('content scripts announce nothing to the page (no WXT start event, no postMessage) and carry no polyfill', () => {
    for (const browser of ['chrome-mv3', 'firefox-mv3']) {
      for (const script of ['xing', 'xing-profile', 'linkedin', 'linkedin-profile']) {
        const code = readFileSync(resolve(ROOT, `.output/${browser}/content-scripts/${script}.js`), 'utf8');
        expect(code, `${browser} ${script}`).not.toMatch(/content-script-started|wxt:locationchange|postMessage|CustomEvent/);
        // The browser's own namespace is used (content-browser.ts): the polyfill's code is not in the script.
        expect(code, `${browser} ${script}`).not.toMatch(/only be loaded in a browser extension|webextension-polyfill/);
      }
    }
  });

  // Since session 20 both profile readers only copy the page and run nearly all their code, where the hint pays
  // (same-run A/B; BENCHMARKS.md, issue 15, session 20); the card likewise (issue 18, session 20).
  it('the profile readers and the recognition card ask V8 to compile all their functions on load; the full readers do not (wxt.config.ts)', () => {
    for (const browser of ['chrome-mv3', 'firefox-mv3']) {
      for (const script of ['xing', 'xing-profile', 'linkedin', 'linkedin-profile']) {
        const code = readFileSync(resolve(ROOT, `.output/${browser}/content-scripts/${script}.js`), 'utf8');
        // The hint counts only as the file's first line.
        expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), `${browser} ${script}`).toBe(script.endsWith('-profile'));
      }
      // The recognition card renders as soon as it loads (issue 18, session 20).
      expect(readFileSync(resolve(ROOT, `.output/${browser}/profile-card.js`), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    }
  });

  it('PERMISSIONS.md explains every permission and host', () => {
    const doc = readFileSync(resolve(ROOT, 'PERMISSIONS.md'), 'utf8');
    for (const name of [...PERMISSIONS, 'offscreen', ...HOSTS]) expect(doc).toContain(`\`${name}\``);
  });
});

describe.runIf(!built)('built manifests', () => {
  it('needs a build first (npm test builds before the unit tests)', () => {
    expect(built, 'run npm run build:all before this test').toBe(true);
  });
});
