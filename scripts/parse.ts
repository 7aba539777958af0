// npm run --silent parse -- --url <page URL> [--now <ISO time>] [--tz-offset <minutes>] <file.html>
// Reads a saved XING or LinkedIn page with the extension's own parsers and prints one JSON object:
// {"pageType", "person", "requests", "messages", "errors"}. This is how a user's "here is the saved page"
// becomes a fixture.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseAnyPage } from '../utils/platforms/parse-page';
import { detectPage } from '../utils/platforms/detect';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent parse -- --url <page URL> [--now <ISO time>] [--tz-offset <minutes>] <file.html>\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value) usage(`${name} needs a value`);
  args.splice(i, 2);
  return value;
};
const url = option('--url');
const nowText = option('--now');
const tz = option('--tz-offset');
const file = args[0];
if (!url) usage('--url is required');
if (!file) usage('the saved page file is required');
const now = nowText ? Date.parse(nowText) : Date.now();
if (Number.isNaN(now)) usage('--now must be an ISO date-time');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  usage(`cannot read ${file}: ${(error as Error).message}`);
}

const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const parsed = parseAnyPage(document, { url, now, tzOffsetMin: tz ? Number(tz) : new Date(now).getTimezoneOffset() });
const out = parsed.ok
  ? {
      pageType: parsed.page.pageType,
      person: parsed.page.person ?? null,
      requests: parsed.page.requests ?? [],
      messages: parsed.page.messages ?? [],
      errors: parsed.page.skipped ?? [],
    }
  : { pageType: parsed.error.pageType ?? detectPage(url)?.type ?? null, person: null, requests: [], messages: [], errors: [parsed.error] };
process.stdout.write(`${JSON.stringify(out)}\n`);
await window.happyDOM.close();
