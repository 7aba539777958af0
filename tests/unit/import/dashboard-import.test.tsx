// @vitest-environment happy-dom
// The dashboard's import end to end without a browser: the real hook over the real router and handlers, rendering
// the real Import and export section. Every ending is a visible state the user can act on (review of the import UI).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { ImportExportPanel } from '../../../components/dashboard/ImportExportPanel';
import { useImportExport } from '../../../entrypoints/options/use-import-export';
import { exportBackup } from '../../../utils/journal/backup';
import { createHandlers } from '../../../utils/journal/handlers';
import { translatorFromMessages } from '../../../utils/i18n';
import { createClient, type Transport } from '../../../utils/messaging/client';
import { MAX_IMPORT_BYTES, PART_BYTES } from '../../../utils/messaging/import-protocol';
import { createRouter } from '../../../utils/messaging/router';
import { routedJournal, SELF } from '../integrity/router-helpers';
import { IMPORT_FIXTURES } from './fixtures';
import { routeFile } from './send-file';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const PAGE = { id: 'ext', url: 'chrome-extension://ext/options.html#import' };
const CONNECTIONS_NAME = 'Connections_2024_notes-preamble.pseudonymised.csv';
const connectionsText = () => readFileSync(resolve(IMPORT_FIXTURES, CONNECTIONS_NAME), 'utf8');
const CONNECTIONS = () => new File([connectionsText()], 'Connections.csv');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = (ms = 20) => act(async () => { await sleep(ms); });
type Handle = Awaited<ReturnType<typeof routedJournal>>['handle'];
const through = (handle: Handle): Transport => async (m) => handle(m as never, PAGE);

/** Runs `test` while every write to the people store fails as a full disk does (QuotaExceededError). */
async function whileDiskFull(test: () => Promise<void>): Promise<void> {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore.prototype;
  const put = proto.put;
  proto.put = function (this: { name: string }, ...args: unknown[]) {
    if (this.name === 'people') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  try {
    await test();
  } finally {
    proto.put = put;
  }
}

/** A Connections.csv of at least `chars` characters: the fixture's rows repeated under its preamble and header. */
function bigConnections(chars: number): string {
  const base = connectionsText();
  let text = base;
  while (text.length < chars) text += base.split('\n').slice(4).join('\n');
  return text;
}

function dashboard(transport: Transport, messages: object = en, locale = 'en') {
  const out: { io?: ReturnType<typeof useImportExport> } = {};
  function Harness() {
    const io = useImportExport(createClient(transport), transport, () => true);
    out.io = io;
    return <ImportExportPanel state={io.state} lastBackupAt={null} now={0} locale={locale} onImport={io.onImport} onCancel={io.onCancel} onBackup={io.onBackup} onRestore={io.onRestore} onExport={io.onExport} />;
  }
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nProvider value={translatorFromMessages(messages as never)}>{<Harness />}</I18nProvider>, root));
  const input = (id: string) => root.querySelector(`[data-testid=${id}]`) as HTMLInputElement;
  return {
    root,
    io: () => out.io!,
    status: () => root.querySelector('.import-result, .import-progress')?.textContent ?? '',
    pickersDisabled: () => [input('import-file').disabled, input('restore-file').disabled],
  };
}

/** Waits (up to `ms`) until the check holds, letting timers and renders run. */
async function until(check: () => boolean, ms = 5000) {
  for (let waited = 0; !check() && waited < ms; waited += 50) await settle(50);
}

describe('an import whose answer is lost (the background stopped)', () => {
  it('asks whether it landed and says so; the pickers open again', async () => {
    const { handle } = await routedJournal();
    // The import lands, then the worker stops before its answer reaches the page (the polyfill gives undefined).
    const transport: Transport = async (m) => {
      const answer = await handle(m as never, PAGE);
      return (m as { type: string }).type === 'import/run' ? undefined : answer;
    };
    const d = dashboard(transport);
    await act(async () => { await d.io().onImport(CONNECTIONS()); });
    expect(d.status()).toBe('The connection was interrupted, but the import had finished: the whole file is in the journal.');
    expect(d.pickersDisabled()).toEqual([false, false]);
  });

  it('says that nothing of it is in the journal when it did not land', async () => {
    const { handle } = await routedJournal();
    const transport: Transport = async (m) => ((m as { type: string }).type === 'import/run' ? undefined : handle(m as never, PAGE));
    const d = dashboard(transport, de, 'de');
    await act(async () => { await d.io().onImport(CONNECTIONS()); });
    expect(d.status()).toBe('Der Import wurde unterbrochen (der Hintergrunddienst von Handschlag wurde beendet). Nichts davon ist im Journal: Bitte importieren Sie die Datei noch einmal.');
    expect(d.pickersDisabled()).toEqual([false, false]);
  });
});

describe('a dashboard opened while an import runs', () => {
  it('shows it running with the pickers closed, then its result', async () => {
    const { handle } = await routedJournal();
    let busy = true;
    const sent: string[] = [];
    // Another tab's import 'j1' runs in the background; the page only sees it through its messages.
    const transport: Transport = async (m) => {
      const type = (m as { type: string }).type;
      sent.push(type);
      if (busy && type === 'import/progress') return { ok: true, data: { job: 'import', jobId: 'j1', phase: 'writing', done: 10, total: 100 } };
      return handle(m as never, PAGE);
    };
    const d = dashboard(transport);
    await until(() => d.status() !== '');
    expect(sent).toContain('import/progress');
    expect(d.status()).toBe('Writing to the journal: 10 of 100Cancel');
    expect(d.pickersDisabled()).toEqual([true, true]);
    await routeFile(handle, PAGE, 'j1', 'Connections.csv', new TextEncoder().encode(connectionsText()));
    busy = false;
    await until(() => !d.status().startsWith('Writing'));
    expect(d.status()).toMatch(/^Imported Connections.csv: 150 rows; 150 people added/);
    expect(d.pickersDisabled()).toEqual([false, false]);
  });

  it('with nothing running: the pickers are open, and the journal\'s receipt tells the last import', async () => {
    const { handle, deps } = await routedJournal();
    await routeFile(handle, PAGE, 'j1', 'Connections.csv', new TextEncoder().encode(connectionsText()));
    // The worker was stopped since: a new one knows only the receipt.
    const fresh = createRouter(createHandlers(deps), SELF);
    const d = dashboard(async (m) => fresh(m as never, PAGE));
    await until(() => d.status() !== '');
    expect(d.status()).toMatch(/^Last import: Connections.csv, .*2026/);
    // Not a job's ending: no role (nothing announced on opening), no data-result (what the e2e tests wait for).
    expect(d.root.querySelector('[data-testid=last-import]')?.getAttribute('role')).toBe(null);
    expect(d.root.querySelector('[data-result]')).toBe(null);
    expect(d.pickersDisabled()).toEqual([false, false]);
  });
});

describe('two dashboard tabs importing at once', () => {
  it('the second is told another import runs; the first imports and is not told the background stopped', async () => {
    const { handle } = await routedJournal();
    const a = dashboard(through(handle));
    const b = dashboard(through(handle));
    const text = bigConnections(3 * PART_BYTES);
    await act(async () => {
      await Promise.all([a.io().onImport(new File([text], 'Connections.csv')), b.io().onImport(new File([text], 'Connections (1).csv'))]);
    });
    expect(a.status()).toMatch(/^Imported Connections.csv: /);
    expect(b.status()).toBe('The import failed and nothing was imported: another import or restore is still running. Please wait until it has finished.');
  });
});

describe('what the result says', () => {
  it('the same Connections.csv twice: the people already there are unchanged, not "merged"', async () => {
    const { handle } = await routedJournal();
    const d = dashboard(through(handle));
    await act(async () => { await d.io().onImport(CONNECTIONS()); });
    await act(async () => { await d.io().onImport(CONNECTIONS()); });
    expect(d.status()).toBe('Imported Connections.csv: 150 rows; 0 people added, 0 merged with people already in the journal, 0 requests and 0 messages added.150 people were already in the journal, with nothing new.');
  });

  it('a messages.csv whose owner is unknown is a problem of the file, not of "Zeile 0"', async () => {
    const { handle } = await routedJournal();
    const d = dashboard(through(handle), de, 'de');
    const msgs = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n'
      + 'c1,,Anna A,https://www.linkedin.com/in/anna,Ben B,https://www.linkedin.com/in/ben,2024-01-01 10:00:00 UTC,,Hallo,INBOX\n'
      + 'c1,,Ben B,https://www.linkedin.com/in/ben,Anna A,https://www.linkedin.com/in/anna,2024-01-02 10:00:00 UTC,,Hi,INBOX\n';
    await act(async () => { await d.io().onImport(new File([msgs], 'messages.csv')); });
    expect(d.status()).toBe('messages.csv wurde nicht importiert: die Datei zeigt nicht, wer von den Beteiligten Sie sind (in jedem Gespräch kommen zwei Personen gleich oft vor). Es wurde nichts verändert.');
  });

  it('names a bad row by the line of the file (preamble and header counted)', async () => {
    const { handle } = await routedJournal();
    const d = dashboard(through(handle));
    const file = 'Notes:\n"preamble"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
      + 'A,B,https://www.linkedin.com/in/ab,,C,P,16 Dec 2024\nD,E,https://example.com/x,,C,P,16 Dec 2024\n';
    await act(async () => { await d.io().onImport(new File([file], 'Connections.csv')); });
    expect(d.status()).toBe('Connections.csv was not imported: nothing was changed. Rows with errors:Line 6: not a LinkedIn profile address: https://example.com/x');
  });

  it('mentions the damaged journal records the import quarantined', async () => {
    const { handle, deps } = await routedJournal();
    await deps.db.put('identities', { id: 'linkedin:zoepatel', broken: true } as never);
    const d = dashboard(through(handle));
    await act(async () => { await d.io().onImport(CONNECTIONS()); });
    expect((await deps.db.getAll('quarantine')).length).toBe(1);
    expect(d.status()).toMatch(/1 damaged record was put into quarantine\.$/);
  });

  it.each([
    [en, 'en', 'The import failed and nothing was imported: the browser has no room left for Handschlag\'s data. Please free some space on the disk, then try again.'],
    [de, 'de', 'Der Import ist fehlgeschlagen, es wurde nichts importiert: Der Browser hat keinen Platz mehr für die Daten von Handschlag. Bitte geben Sie Speicherplatz auf dem Datenträger frei und versuchen Sie es dann noch einmal.'],
  ])('a full disk is named (%s), not "unexpected error, please try again"', async (messages, locale, expected) => {
    const { handle } = await routedJournal();
    await whileDiskFull(async () => {
      const d = dashboard(through(handle), messages, locale);
      await act(async () => { await d.io().onImport(CONNECTIONS()); });
      expect(d.status()).toBe(expected);
    });
  });

  it('a full disk during a restore is named too', async () => {
    const { handle, deps } = await routedJournal();
    await handle({ type: 'person/create', payload: { displayName: 'Jana Schmidt' } }, PAGE);
    const backup = JSON.stringify(await exportBackup(deps));
    await whileDiskFull(async () => {
      const d = dashboard(through(handle));
      await act(async () => { await d.io().onRestore(new File([backup], 'backup.json')); });
      expect(d.status()).toBe('The backup was not restored, your journal is unchanged: the browser has no room left for Handschlag\'s data. Please free some space on the disk, then try again.');
    });
  });

  it('an Excel "Unicode text" (.txt) file can be chosen and imports', async () => {
    const { handle } = await routedJournal();
    const d = dashboard(through(handle));
    const tsv = 'First Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On\r\nJana\tSchmidt\thttps://www.linkedin.com/in/jana-schmidt\t\tACME\tCEO\t16.12.2024\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...tsv].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    await act(async () => { await d.io().onImport(new File([utf16], 'Connections.txt')); });
    expect(d.status()).toMatch(/^Imported Connections.txt: 1 row; 1 person added/);
    expect(d.root.querySelector('[data-testid=import-file]')!.getAttribute('accept')!.split(',')).toEqual(expect.arrayContaining(['.txt', 'text/plain']));
  });
});

describe('a file over the size limit', () => {
  it('is refused by name before anything is read or sent', async () => {
    const { handle } = await routedJournal();
    const sent: string[] = [];
    const d = dashboard(async (m) => {
      sent.push((m as { type: string }).type);
      return handle(m as never, PAGE);
    });
    await settle();
    const file = new File(['x'], 'messages.csv');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await act(async () => { await d.io().onImport(file); });
    expect(sent.filter((t) => t.startsWith('import/part') || t === 'import/run')).toEqual([]);
    expect(d.status()).toBe('messages.csv was not imported: the file is larger than 100 MB, the most Handschlag reads at once. Nothing was changed.');
  });

  it('if the background refuses it all the same, the page says the same', async () => {
    const { handle } = await routedJournal();
    const refusal = { ok: false, error: { code: 'file-too-large', message: 'the file is too large to import' } };
    const d = dashboard(async (m) => ((m as { type: string }).type === 'import/part' ? refusal : handle(m as never, PAGE)), de, 'de');
    await act(async () => { await d.io().onImport(new File(['x'], 'messages.csv')); });
    expect(d.status()).toBe('messages.csv wurde nicht importiert: Die Datei ist größer als 100 MB, mehr liest Handschlag nicht auf einmal. Es wurde nichts verändert.');
  });
});

describe('screen readers', () => {
  it('the live region is not re-announced for every part handed over, and holds no button label', async () => {
    const { handle } = await routedJournal();
    const texts: string[] = [];
    const d = dashboard(async (m) => {
      await sleep(0);
      const text = d.root.querySelector('[aria-live]')?.textContent ?? '';
      if (text && text !== texts.at(-1)) texts.push(text);
      return handle(m as never, PAGE);
    });
    await d.io().onImport(new File([bigConnections(2_000_000)], 'Connections.csv'));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(5);
    expect(texts.join(' ')).not.toMatch(/Cancel/);
  });
});
