// npm run --silent lint-draft -- [--lang de|en] [--platform xing|linkedin] [--recipient <recipient.json>] <file.txt>
// Lints a draft contact note with the collector analysis and prints one JSON object:
// {"templateLike": true|false, "score", "findings": [{"id", "reason"}], "missing": [...]}, reasons rendered in
// --lang (default en). --recipient names a JSON file {name?, wants?, company?}. Exit code 2 on bad usage.
import { readFileSync } from 'node:fs';
import { translatorFromMessages } from '../utils/i18n';
import { lintDraft } from '../utils/compose/lint-draft';
import type { DraftRecipient } from '../utils/compose/draft-context';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run --silent lint-draft -- [--lang de|en] [--platform xing|linkedin] [--recipient <recipient.json>] <file.txt>\n`,
  );
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
const lang = option('--lang') ?? 'en';
const platform = option('--platform');
const recipientFile = option('--recipient');
if (lang !== 'de' && lang !== 'en') usage('--lang must be de or en');
if (platform !== undefined && platform !== 'xing' && platform !== 'linkedin') usage('--platform must be xing or linkedin');
const file = args[0];
if (!file) usage('the draft file is required');
if (args.length > 1) usage(`unexpected arguments: ${args.slice(1).join(' ')}`);

const read = (path: string) => {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    usage(`cannot read ${path}: ${(error as Error).message}`);
  }
};
let recipient: DraftRecipient | undefined;
if (recipientFile) {
  try {
    recipient = JSON.parse(read(recipientFile)) as DraftRecipient;
  } catch (error) {
    usage(`--recipient: ${(error as Error).message}`);
  }
}

const t = translatorFromMessages(JSON.parse(readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')));
const result = lintDraft(read(file), { lang, ...(platform ? { platform } : {}), ...(recipient ? { recipient } : {}) });
const findings = result.findings.map((f) => ({ id: f.id, reason: t(f.reason.key as never, f.reason.subs) }));
process.stdout.write(`${JSON.stringify({ ...result, findings })}\n`);
