import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budget, type Figure } from './stats';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

/** Gzip size of every script bundle of the Chrome build; content scripts against their 25 kB budget. */
export function bundleSizes(buildDir: string): Figure[] {
  return files(buildDir).map((path) => {
    const name = relative(buildDir, path);
    const kB = gzipSync(readFileSync(path), { level: 9 }).length / 1024;
    const isContent = name.startsWith('content-scripts/');
    return { group: 'size', name: `${name} (gzip)`, value: kB, unit: 'kB', ...(isContent ? { budget: budget(kB, 25, 'kB') } : {}) };
  });
}
