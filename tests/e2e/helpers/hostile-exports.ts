import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { parseBlocklistFile } from '../../../utils/blocklist/file';
import type { Person } from '../../../utils/model/people';

export interface Stored {
  people: Person[];
  blocked: { key: string; reason: string }[];
}

/** A cell a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r\n]/;
/** What the export must write for a kept text: the text, an apostrophe before a formula. */
const neutral = (text: string) => (FORMULA.test(text) ? `'${text}` : text);

/** Clicks a dashboard button and returns the text of the file it downloads. */
async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Cells of a CSV file (no cell of it may start a formula). */
function csvCells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const formulas = parsed.data.flat().filter((cell) => FORMULA.test(cell));
  expect(formulas, 'cells that would run as formulas').toEqual([]);
  return parsed.data;
}

/** vCard 3.0 lines unfolded and unescaped, one map of property → values per card. */
function vcards(text: string): Map<string, string[]>[] {
  const unescape = (v: string) => v.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const cards: Map<string, string[]>[] = [];
  for (const line of text.replace(/\r\n /g, '').split('\r\n')) {
    if (line === 'BEGIN:VCARD') cards.push(new Map());
    const at = line.indexOf(':');
    if (at < 0 || !cards.length) continue;
    const name = line.slice(0, at).split(';')[0]!;
    cards.at(-1)!.set(name, [...(cards.at(-1)!.get(name) ?? []), unescape(line.slice(at + 1))]);
  }
  return cards;
}

/** Rows as comparable strings, in one order (objects with their keys in one order too). */
const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, Array.isArray(r) ? undefined : Object.keys(r as object).sort())).sort();

/**
 * The dashboard's five exports (people as CSV and vCards, the backup, the blocklist as JSON and CSV), downloaded by
 * clicking, each compared with what the journal holds: every kept text exactly, formulas neutralised.
 */
export async function checkExports(page: Page, own: string, stored: Stored): Promise<string> {
  await page.goto(`${own}options.html#import`);
  await page.reload();
  const csv = csvCells(await download(page, 'Download as CSV (spreadsheets, CRM)'));
  expect(csv[0]).toEqual(['Name', 'Headline', 'Company', 'Location', 'Tags', 'Notes', 'LinkedIn', 'XING', 'Added', 'Updated']);
  expect(sorted(csv.slice(1).map((row) => row.slice(0, 6)))).toEqual(sorted(stored.people.map((p) => [p.displayName, p.headline ?? '', p.company ?? '', p.location ?? '', p.tags.join(', '), p.notes].map(neutral))));

  const cards = vcards(await download(page, 'Download as vCards'));
  const field = (card: Map<string, string[]>, name: string) => card.get(name)?.[0] ?? '';
  expect(sorted(cards.map((c) => [field(c, 'FN'), field(c, 'TITLE'), field(c, 'NOTE')]))).toEqual(sorted(stored.people.map((p) => [p.displayName, p.headline ?? '', p.notes])));

  const backup = JSON.parse(await download(page, 'Download a backup')) as { stores: { people: Person[] } };
  expect(sorted(backup.stores.people)).toEqual(sorted(stored.people));

  await page.goto(`${own}options.html#blocklist`);
  await page.reload();
  const json = JSON.parse(await download(page, 'Export as JSON')) as { key: string; reason: string }[];
  const reasons = (rows: { key: string; reason: string }[]) => sorted(rows.map((r) => [r.key, r.reason]));
  expect(reasons(json)).toEqual(reasons(stored.blocked));
  const blockCsv = await download(page, 'Export as CSV');
  const cells = csvCells(blockCsv);
  const back = parseBlocklistFile(blockCsv);
  expect(back.ok && reasons(back.entries)).toEqual(reasons(stored.blocked));
  const checked = stored.people.length * 3 + json.length + cells.length - 1;
  return `exports: ${csv.length - 1} CSV rows, ${cards.length} vCards, ${backup.stores.people.length} backup people, ${json.length} + ${cells.length - 1} blocklist rows (${checked} records checked)`;
}
