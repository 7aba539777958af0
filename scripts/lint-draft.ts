// npm run --silent lint-draft -- [--lang de|en] [--platform xing|linkedin] [--recipient <recipient.json>] <file.txt>
// Lints a draft contact note with the collector analysis (named signals and the committed text model) and prints one JSON object:
// {"templateLike": true|false, "score", "findings": [{"id", "reason"}], "missing": [...]}, reasons rendered in
// --lang (default en). --recipient names a JSON file {name?, wants?, company?}. Exit codes: README.md.
import { z } from 'zod';
import type { DraftRecipient } from '../utils/compose/draft-context';
import { lintDraft } from '../utils/compose/lint-draft';
import { committedTextModel } from '../utils/scoring/text-model/committed';
import { cli, localeTranslator } from './lib/cli';

const { option, file: fileArg, usage, read, readJson } = cli(
  'npm run --silent lint-draft -- [--lang de|en] [--platform xing|linkedin] [--recipient <recipient.json>] <file.txt>',
);
const lang = option('--lang') ?? 'en';
const platform = option('--platform');
const recipientFile = option('--recipient');
if (lang !== 'de' && lang !== 'en') usage('--lang must be de or en');
if (platform !== undefined && platform !== 'xing' && platform !== 'linkedin') usage('--platform must be xing or linkedin');
const file = fileArg('the draft file');

/** The recipient file's shape (DraftRecipient), checked so that a wrong type is a one-line error. */
const Recipient = z.object({ name: z.string().max(500).optional(), wants: z.union([z.string().max(500), z.array(z.string().max(500)).max(100)]).optional(), company: z.string().max(500).optional() });
const recipient: DraftRecipient | undefined = recipientFile ? readJson(recipientFile, Recipient, '--recipient') : undefined;
/** A draft is a note or a message: far below this; a larger file is not a draft. */
const MAX_DRAFT_BYTES = 256 * 1024;

const t = localeTranslator(lang as 'de' | 'en');
const result = lintDraft(read(file, MAX_DRAFT_BYTES), { textModel: committedTextModel(), lang: lang as 'de' | 'en', ...(platform ? { platform: platform as 'xing' | 'linkedin' } : {}), ...(recipient ? { recipient } : {}) });
const findings = result.findings.map((f) => ({ id: f.id, reason: t(f.reason.key as never, f.reason.subs) }));
process.stdout.write(`${JSON.stringify({ ...result, findings })}\n`);
