// npm run --silent import-check -- <file>
// Reads an export file with the extension's own import parsers, without a browser, and prints one JSON object:
// {"format", "rows", "people", "requests", "messages", "errors": [{"row", "reason"}]}. `rows` counts the file's
// data rows (not a preamble, the header or blank lines; one per vCard), the next three what the import would
// bring; "undated", only when there are such rows, counts the rows (connections, open invitations) that would
// import without their date, which could not be read, and "undatedLeftOut" the messages left out for want of one. Exit code 0 when the file would import, 1 when it would be refused (an
// unknown kind, or a bad row).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportRefused, parseImport } from '../utils/import';
import { cli } from './lib/cli';

const { file: fileArg } = cli('npm run --silent import-check -- <file>');
const path = fileArg('the export file');
const bytes = new Uint8Array(readFileSync(path));
let ids = 0;
const deps = { now: () => Date.now(), newId: () => `p${++ids}` };
try {
  const data = parseImport(basename(path), bytes, deps);
  const undated = (data.skipped.undated ?? 0) + (data.skipped.undatedInvitations ?? 0);
  const undatedLeftOut = data.skipped.undatedMessages ?? 0;
  const counts = { format: data.format, rows: data.rows, people: data.people.length, requests: data.requests.length, messages: data.messages.length };
  const out = { ...counts, ...(undated ? { undated } : {}), ...(undatedLeftOut ? { undatedLeftOut } : {}), errors: data.errors.map(({ row, reason }) => ({ row, reason })) };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exitCode = data.errors.length ? 1 : 0;
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error;
  process.stdout.write(`${JSON.stringify({ format: null, rows: 0, people: 0, requests: 0, messages: 0, errors: [{ row: 0, reason: error.message }] })}\n`);
  process.exitCode = 1;
}
