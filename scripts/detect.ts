// npm run --silent detect -- [--eval [--cv [--k <n>] [--fold-salt=<s>]]] [--me <profile.json>] <file.jsonl>
// Scores contact requests, one JSON object per line, in the order received, keeping the history across lines
// as the journal would, with the committed text model. Prints one JSON line per input:
// {"id","score","band","reasons":[{"id","weight","reason"}]} (reasons in the line's language, default en), or
// {"id"?, "error", "line"} for a bad line. With --eval the last line is
// {"band":"collector","labelled","precision","recall","f1","confusion":{tp,fp,fn,tn},"errors"}.
// With --eval --cv: k-fold cross-validation grouped by `family` (see utils/scoring/cv.ts), retraining the text
// model per fold; prints the report as JSON lines instead. --k sets the folds (default 5); --fold-salt=<s> deals
// the families to other folds (to check the figures for fold luck; the default assignment without it).
// --me names a JSON file with the user's own profile ({name, company, city, wants, haves, events}).
// Exit code 1 when any line failed, 2 on bad usage.
import { runDetect } from '../utils/scoring/detect';
import type { MyProfile } from '../utils/scoring/state/types';
import { committedTextModel } from '../utils/scoring/text-model/committed';
import { cli, localeTranslator } from './lib/cli';
import { AboutMe } from '../utils/model/settings';
import { printCv } from './lib/cv-report';

const { flag, option, file: fileArg, usage, read, readJson } = cli('npm run --silent detect -- [--eval [--cv] [--k <n>] [--fold-salt=<s>]] [--me <profile.json>] <file.jsonl>');
const evaluate = flag('--eval');
const cv = flag('--cv');
const k = Number(option('--k') ?? '5');
const foldSalt = option('--fold-salt');
const meFile = option('--me');
const file = fileArg('the JSONL file');
if (cv && !evaluate) usage('--cv needs --eval');
if (foldSalt !== undefined && !cv) usage('--fold-salt needs --cv');
if (!Number.isInteger(k) || k < 2) usage('--k must be a whole number ≥ 2');
const render = (lang: 'de' | 'en') => {
  const t = localeTranslator(lang);
  return (key: string, subs: string[]) => t(key as never, subs);
};

// The "About you" shape of the settings: a wrong type is a one-line error, not a stack trace later.
const me: MyProfile | undefined = meFile ? readJson(meFile, AboutMe, '--me') : undefined;

if (cv) {
  printCv(file, read(file), k, foldSalt);
} else {
  const run = runDetect(read(file), { en: render('en'), de: render('de') }, { evaluate, textModel: committedTextModel(), ...(me ? { me } : {}) });
  const out = run.lines.map((line) => JSON.stringify(line));
  if (run.summary) out.push(JSON.stringify({ ...run.summary, errors: run.failed }));
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  process.exitCode = run.failed > 0 ? 1 : 0;
}
