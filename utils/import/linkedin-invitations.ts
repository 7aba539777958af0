import { cleanMultiline } from '../text/clean';
import { RequestRecord } from '../model/requests';
import { fnv1a } from '../scoring/fingerprint/hash';
import { columns, CSV_STEP_CHARS, lineBreakOf, readCsvSteps, rowCount, type CsvSeparator } from './csv';
import { parseExportDate } from './dates';
import { displayName } from './names';
import { PeopleBuilder } from './people-builder';
import { eachInSteps } from './row-steps';
import { drain, rowError, rowErrorOf, type ImportDeps, type ImportedData, type ParseStep, type RowError } from './types';

/** `From,To,Sent At,Message,Direction` (2018-2022), plus `inviterProfileUrl,inviteeProfileUrl` (2024 on). */
export const isInvitationsHeader = (cells: string[]): boolean =>
  ['from', 'to', 'sent at', 'direction'].every((name) => cells.includes(name));

/**
 * LinkedIn's Invitations.csv: the invitations still open when the export was made, incoming and outgoing, with
 * their notes. Each becomes a pending request (history `by: 'import'`) with the other side as a person; the user's
 * own side is not a person. Request ids come from the content, so importing the file again adds nothing. A row
 * whose "Sent At" is empty or unreadable imports without `sentAt`, first seen at the import, counted `undatedInvitations`.
 * Pure.
 */
export function parseInvitations(text: string, deps: ImportDeps, separator: CsvSeparator = ','): ImportedData {
  return drain(invitationsSteps(text, deps, lineBreakOf(text), separator));
}

/** parseInvitations in steps: the text split (characters), then every STEP_ROWS rows read of all (see eachInSteps). */
export function* invitationsSteps(text: string, deps: ImportDeps, newline = lineBreakOf(text), separator: CsvSeparator = ','): Generator<ParseStep, ImportedData> {
  const table = yield* readCsvSteps(text, isInvitationsHeader, CSV_STEP_CHARS, newline, separator);
  const cell = columns(table.header);
  const now = deps.now();
  const people = new PeopleBuilder('linkedin', deps, now);
  const requests = new Map<string, RequestRecord>();
  const errors: RowError[] = [...table.errors];
  const skipped: Record<string, number> = {};
  yield* eachInSteps(table.rows, ({ row, cells }) => {
    const dir = cell(cells, 'direction').toUpperCase();
    if (dir !== 'INCOMING' && dir !== 'OUTGOING') {
      errors.push(rowError(row, 'direction', [dir.slice(0, 30)], `"Direction" is neither INCOMING nor OUTGOING: ${dir.slice(0, 30)}`));
      return;
    }
    // An empty or unreadable "Sent At" (a spreadsheet's own form, 31 Feb) is only the invitation's date: it is still
    // an open invitation of a real person, so it imports without `sentAt` and is counted (`undatedInvitations`, issue 19).
    const sentAt = parseExportDate(cell(cells, 'sent at')) ?? undefined;
    const incoming = dir === 'INCOMING';
    const other = displayName(cell(cells, incoming ? 'from' : 'to'));
    const url = cell(cells, incoming ? 'inviterprofileurl' : 'inviteeprofileurl') || undefined;
    try {
      const { key, personId } = people.add({ name: other, url });
      const note = cleanMultiline(cell(cells, 'message'), 20_000);
      const direction = incoming ? 'received' : 'sent';
      // Dated ids stay as journals hold them. An undated one hashes the key with "undated" (never a time's digits),
      // and like every id the note: the same row imports as the same request again.
      const id = `import:linkedin:${direction}:${fnv1a(`${key}\n${sentAt ? sentAt.from : 'undated'}`).toString(36)}:${fnv1a(note).toString(36)}`;
      // Undated: the journal learnt of it now, so its first step is at the import (requestTime then reads firstSeenAt).
      const at = sentAt ?? { from: now, to: now };
      requests.set(
        id,
        RequestRecord.parse({
          v: 1, id, platform: 'linkedin', direction, personId, key, note,
          firstSeenAt: Math.min(at.from, now), lastSeenAt: now, ...(sentAt ? { sentAt } : {}),
          state: 'pending', history: [{ state: 'pending', at, by: 'import' }],
        }),
      );
      if (!sentAt) skipped.undatedInvitations = (skipped.undatedInvitations ?? 0) + 1;
    } catch (error) {
      errors.push(rowErrorOf(row, error));
    }
  });
  errors.sort((a, b) => a.row - b.row);
  return { format: 'linkedin-invitations', rows: rowCount(table), people: people.list(), requests: [...requests.values()], messages: [], skipped, errors };
}
