// npm run --silent compose -- <context.json>
// Writes follow-up suggestions for one context (format in README, "Follow-up text") with the extension's own
// composer and prints a JSON array [{"situation","lang","address","text","length","limit"}] on stdout.
// Exit codes: 0 suggestions printed; 1 the context is not usable (wrong field, or lacks what its situation needs,
// e.g. ask-introduction without introTo): {"error": "..."} on stdout; 2 usage, unreadable file or invalid JSON:
// one line on stderr. A notice (XING Basic cannot add a note to a request) goes to stderr with exit code 0.
import { readFileSync } from 'node:fs';
import { compose } from '../utils/compose/compose';
import { cli } from './lib/cli';

const { file: fileArg } = cli('npm run --silent compose -- <context.json>');
const file = fileArg('the context file');

const fail = (message: string): never => {
  process.stderr.write(`compose: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(2);
};

let raw = '';
try {
  raw = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
let input: unknown;
try {
  input = JSON.parse(raw);
} catch (error) {
  fail(`${file} is not valid JSON: ${(error as Error).message}`);
}

const result = compose(input);
if (!result.ok) {
  process.stdout.write(`${JSON.stringify({ error: result.error })}\n`);
  process.exit(1);
}
if (result.channel.noteUnavailable) {
  process.stderr.write('compose: XING Basic cannot add a note to a contact request; send this text as a message once they accept.\n');
}
const out = result.suggestions.map(({ situation, lang, address, text, length, limit }) => ({ situation, lang, address, text, length, limit }));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
