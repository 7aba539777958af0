// npm run --silent detect -- [--eval] [--me <profile.json>] <file.jsonl>
// Scores contact requests, one JSON object per line, in the order received, keeping the history across lines
// as the journal would. Prints one JSON line per input: {"id","score","band","reasons":[{"id","weight","reason"}]}
// (reasons in the line's language, default en), or {"id"?, "error", "line"} for a bad line. With --eval the
// last line is {"band":"collector","labelled","precision","recall","f1","confusion":{tp,fp,fn,tn},"errors"}.
// --me names a JSON file with the user's own profile ({name, company, city, wants, haves, events}).
// Exit code 1 when any line failed, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { translatorFromMessages } from '../utils/i18n';
import { runDetect } from '../utils/scoring/detect';
import type { MyProfile } from '../utils/scoring/state/types';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent detect -- [--eval] [--me <profile.json>] <file.jsonl>\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const option = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value) usage(`${name} needs a value`);
  args.splice(i, 2);
  return value;
};

const evaluate = flag('--eval');
const meFile = option('--me');
const file = args[0];
if (!file) usage('the JSONL file is required');
if (args.length > 1) usage(`unexpected arguments: ${args.slice(1).join(' ')}`);

const read = (path: string) => {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    usage(`cannot read ${path}: ${(error as Error).message}`);
  }
};
const locale = (lang: string) =>
  translatorFromMessages(JSON.parse(readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')));
const render = (t: ReturnType<typeof locale>) => (key: string, subs: string[]) => t(key as never, subs);

let me: MyProfile | undefined;
if (meFile) {
  try {
    me = JSON.parse(read(meFile)) as MyProfile;
  } catch (error) {
    usage(`--me: ${(error as Error).message}`);
  }
}

const run = runDetect(read(file), { en: render(locale('en')), de: render(locale('de')) }, { evaluate, ...(me ? { me } : {}) });
const out = run.lines.map((line) => JSON.stringify(line));
if (run.summary) out.push(JSON.stringify({ ...run.summary, errors: run.failed }));
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
process.exitCode = run.failed > 0 ? 1 : 0;
