import { csvSeparator, lineBreakOf } from './csv';
import { asUtf8, decodeText } from './decode';
import { connectionsSteps, isConnectionsHeader } from './linkedin-connections';
import { invitationsSteps, isInvitationsHeader } from './linkedin-invitations';
import { isMessagesHeader, messagesSteps } from './linkedin-messages';
import { looksLikeVcard, parseVcards } from './xing-vcard';
import { drain, ImportRefused, type ImportDeps, type ImportedData, type ParseStep } from './types';
import Papa from 'papaparse';

export * from './types';

/** How much of a CSV file is looked at to find its header (LinkedIn's preamble is three lines). */
const HEAD_ROWS = 12;

/**
 * Reads an export file of a kind Handschlag knows: by its content (the header row, or `BEGIN:VCARD`), so a renamed
 * file still works. Anything else is refused with `ImportRefused` naming the file. Pure.
 */
export function parseImport(fileName: string, bytes: Uint8Array, deps: ImportDeps): ImportedData {
  return drain(importSteps(fileName, bytes, deps));
}

/**
 * parseImport in steps (see ParseStep): a CSV file yields once when its bytes are decoded (0 characters split: the
 * decoding of a file of megabytes is a step of its own), then while it is split and every STEP_ROWS rows (see
 * eachInSteps; messages.csv, read in passes, counts its rows as shares of them); vCards are read at once. Pure.
 */
export function* importSteps(fileName: string, bytes: Uint8Array, deps: ImportDeps): Generator<ParseStep, ImportedData> {
  // A file saved as UTF-16 is read as its text in UTF-8: the vCard reader and its test below work on bytes.
  const file = asUtf8(bytes);
  if (looksLikeVcard(file.bytes)) return parseVcards(file.bytes, deps, file.fromUtf16);
  const text = decodeText(file.bytes);
  yield { unit: 'chars', done: 0, total: text.length };
  // The line ending Papa Parse would guess here, guessed once for this look and the split of the file.
  const newline = lineBreakOf(text);
  // Papa Parse guesses the separator here. A header found in this look was split by it, so the file is read with it:
  // German Excel writes `;`, its "Unicode text" tabs.
  const look = Papa.parse<string[]>(text, { preview: HEAD_ROWS, skipEmptyLines: 'greedy', newline });
  const head = look.data.map((row) => row.map((c) => c.trim().toLowerCase()));
  const separator = csvSeparator(look.meta.delimiter);
  if (head.some(isConnectionsHeader)) return yield* connectionsSteps(text, deps, newline, separator);
  if (head.some(isInvitationsHeader)) return yield* invitationsSteps(text, deps, newline, separator);
  if (head.some(isMessagesHeader)) return yield* messagesSteps(text, deps, newline, separator);
  throw new ImportRefused(`${fileName.slice(0, 200)} is not a file Handschlag can import (LinkedIn Connections.csv, Invitations.csv, messages.csv, or XING vCards)`);
}
