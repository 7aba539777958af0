import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Which of a built extension's content scripts the browser runs on a URL (by the manifest's match patterns).

interface ContentScriptEntry {
  matches: string[];
  exclude_matches?: string[];
  js: string[];
}

/** A manifest match pattern (`https://host/path*`) as a test; only the forms our manifests use. */
const matcher = (pattern: string) => {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
};

/** The content-script file (e.g. `content-scripts/xing-profile.js`) that the manifest in buildDir runs on url. */
export function contentScriptFor(buildDir: string, url: string): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { content_scripts: ContentScriptEntry[] };
  const hit = manifest.content_scripts.find(
    (cs) => cs.matches.some((p) => matcher(p).test(url)) && !(cs.exclude_matches ?? []).some((p) => matcher(p).test(url)),
  );
  const file = hit?.js[0];
  if (!file) throw new Error(`no content script of ${buildDir} runs on ${url}`);
  return file;
}
