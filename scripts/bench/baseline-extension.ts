import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The isolated world's name of the baseline extension (Chromium names it after the extension). */
export const BASELINE_WORLD = 'Handschlag baseline';

/**
 * The least an extension that reads these sites pays on a page load: a content script that sends its
 * background one message and gets an answer. Written to a temporary folder as an unpacked extension;
 * the bench loads it in a browser of its own, in the same run as Handschlag, as the floor of the
 * content-script figures (what Chromium charges any such extension: a new isolated world, the
 * extension API bindings, one message).
 */
export function writeBaselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handschlag-baseline-'));
  const manifest = {
    manifest_version: 3,
    name: BASELINE_WORLD,
    version: '1.0.0',
    host_permissions: ['https://www.xing.com/*', 'https://www.linkedin.com/*'],
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://www.xing.com/*', 'https://www.linkedin.com/*'], run_at: 'document_idle', js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });\n');
  writeFileSync(join(dir, 'content.js'), "chrome.runtime.sendMessage({ type: 'baseline', url: location.href });\n");
  return dir;
}
