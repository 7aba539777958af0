import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Bundles a bench entry into one script that can be evaluated in a page or worker. */
export async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
