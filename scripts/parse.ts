// npm run --silent parse -- --url <page URL> [--now <ISO time>] [--tz-offset <minutes>] <file.html>
// Reads a saved XING or LinkedIn page with the extension's own parsers and prints one JSON object:
// {"pageType", "person", "requests", "messages", "errors"}. This is how a user's "here is the saved page"
// becomes a fixture.
import { Window } from 'happy-dom';
import { detectPage } from '../utils/platforms/detect';
import { parseAnyPage } from '../utils/platforms/parse-page';
import { cli } from './lib/cli';

const { option, file: fileArg, usage, fail, read } = cli('npm run --silent parse -- --url <page URL> [--now <ISO time>] [--tz-offset <minutes>] <file.html>');
const url = option('--url') ?? usage('--url is required');
const nowText = option('--now');
const tz = option('--tz-offset');
if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) usage('--url must be a full https:// address of the saved page');
const now = nowText ? Date.parse(nowText) : Date.now();
if (Number.isNaN(now)) usage('--now must be an ISO date-time');
// Minutes west of UTC, as Date#getTimezoneOffset gives them: whole minutes within ±14 hours.
if (tz !== undefined && !(/^[+-]?\d{1,3}$/.test(tz) && Math.abs(Number(tz)) <= 840)) usage('--tz-offset must be whole minutes between -840 and 840');
const html = read(fileArg('the saved page file'));

const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const parsed = readPage();

/** The page parsed; a page nested deeper than the parsers' recursion can go is bad input (exit 1), not a fault. */
function readPage() {
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return parseAnyPage(document, { url, now, tzOffsetMin: tz !== undefined ? Number(tz) : new Date(now).getTimezoneOffset() });
  } catch (error) {
    if (error instanceof RangeError) return fail('the page is nested too deeply to read');
    throw error;
  }
}
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
