import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, readCsvSteps } from '../../../utils/import/csv';
import { decodeText } from '../../../utils/import/decode';
import { drain } from '../../../utils/import/types';
import { isConnectionsHeader } from '../../../utils/import/linkedin-connections';
import { isMessagesHeader } from '../../../utils/import/linkedin-messages';
import { importSteps } from '../../../utils/import';
import { IMPORT_FIXTURES, NOW } from './fixtures';
import { runSteps as run } from './step-files';

const text = (name: string) => decodeText(new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, name))));

describe('readCsvSteps: the file split a piece at a time', () => {
  // Small pieces end inside quoted cells, inside multi-line cells, between CR and LF, and inside the preamble.
  it.each([
    ['Connections_2024_notes-preamble.pseudonymised.csv', isConnectionsHeader],
    ['made-up_Connections_2025_crlf-bom.csv', isConnectionsHeader],
    ['made-up_corrupt_Connections.csv', isConnectionsHeader],
    ['made-up_messages_2026_all-quoted.csv', isMessagesHeader],
    ['made-up_messages_2024_with-drafts.csv', isMessagesHeader],
  ] as const)('%s gives the same table, row numbers and errors as one parse of the whole text', (file, isHeader) => {
    const whole = drain(readCsvSteps(text(file), isHeader, 1e9));
    expect(whole).toEqual(readCsv(text(file), isHeader));
    for (const size of [1, 2, 3, 7, 16, 61, 500]) expect(drain(readCsvSteps(text(file), isHeader, size)), `pieces of ${size}`).toEqual(whole);
  });

  it('an unclosed quote is named by its data row, whatever the piece size', () => {
    const csv = 'First Name,Last Name,Connected On\nA,B,16 Dec 2024\nC,D,16 Dec 2024\n"E,F,16 Dec 2024\nG,H,16 Dec 2024\n';
    const whole = readCsv(csv, isConnectionsHeader);
    expect(whole.errors.map((e) => e.row)).toEqual([3]);
    for (const size of [1, 5, 13, 40]) expect(drain(readCsvSteps(csv, isConnectionsHeader, size)).errors).toEqual(whole.errors);
  });

  it('reports characters split, growing to the whole text, one step per piece', () => {
    const csv = text('Connections_2024_notes-preamble.pseudonymised.csv');
    const { steps } = run(readCsvSteps(csv, isConnectionsHeader, 1000));
    expect(steps.length).toBe(Math.ceil(csv.length / 1000));
    expect(steps.every((s) => s.unit === 'chars' && s.total === csv.length)).toBe(true);
    const done = steps.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(csv.length);
  });
});

describe('importSteps of a Connections.csv', () => {
  it('first splits the text (characters), then reads rows (of the total): each unit in order, each ending at its total', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Vorname${i},Nachname${i},https://www.linkedin.com/in/p-${i},,"Firma, ${i}",Einkauf,16 Dec 2024`);
    const bytes = new TextEncoder().encode(['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n'));
    let id = 0;
    const { steps, value } = run(importSteps('Connections.csv', bytes, { now: () => NOW, newId: () => `p${++id}` }));
    const firstRows = steps.findIndex((s) => s.unit === 'rows');
    const chars = steps.slice(0, firstRows);
    const read = steps.slice(firstRows);
    expect(chars.length).toBeGreaterThan(1);
    expect(chars.every((s) => s.unit === 'chars')).toBe(true);
    expect(chars.at(-1)!.done).toBe(chars.at(-1)!.total);
    expect(read.every((s) => s.unit === 'rows' && s.total === 2500)).toBe(true);
    expect(read.map((s) => s.done)).toEqual([1000, 2000]);
    expect(value.rows).toBe(2500);
    expect(value.people).toHaveLength(2500);
  });
});
