import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every TypeScript source the extension is built from. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

// What counts as a use of each permission the extension may ask for. A permission with no entry here, or with
// no use in the code, fails the test: no permission without a use (issue 13, break 12).
const USES: Record<string, RegExp> = {
  unlimitedStorage: /\bopenDB</, // the journal in IndexedDB (utils/journal/open.ts)
  scripting: /\bscripting\.executeScript\(/,
  alarms: /\balarms\.(?:create|onAlarm)\b/,
  storage: /\bstorage\.(?:local|sync|session)\b/,
  notifications: /\bnotifications\.create\(/,
  offscreen: /\boffscreen\.createDocument\(/, // Chrome reads a profile page's copy there (entrypoints/background/snapshot-reader.ts)
};

describe('permissions (break 12)', () => {
  const config = readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8');
  const asked = JSON.parse(/\bpermissions:\s*(\[[^\]]*\])/.exec(config)![1]!.replace(/'/g, '"')) as string[];
  const code = [...sources(resolve(ROOT, 'entrypoints')), ...sources(resolve(ROOT, 'utils'))].join('\n');

  it.each(asked)('%s is used by the code', (permission) => {
    expect(USES[permission], `no known use of ${permission}`).toBeDefined();
    expect(code).toMatch(USES[permission]!);
  });

  it.each(asked)('%s is explained in PERMISSIONS.md', (permission) => {
    expect(readFileSync(resolve(ROOT, 'PERMISSIONS.md'), 'utf8')).toContain(`| \`${permission}\` |`);
  });
});
