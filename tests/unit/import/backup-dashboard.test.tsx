// @vitest-environment happy-dom
// The dashboard's backup, restore and export: every ending says what happened to the job the user started, and a
// restore whose answer was lost asks for its receipt before it says whether the journal changed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { ImportStatus } from '../../../components/dashboard/ImportStatus';
import { useImportExport } from '../../../entrypoints/options/use-import-export';
import { exportBackup, restoreBackup } from '../../../utils/journal/backup';
import { createHandlers } from '../../../utils/journal/handlers';
import { translatorFromMessages } from '../../../utils/i18n';
import { createClient, type Transport } from '../../../utils/messaging/client';
import { createRouter } from '../../../utils/messaging/router';
import { dumpAll, testDeps } from '../helpers/journal';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

type Messages = Parameters<typeof translatorFromMessages>[0];
const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const PAGE = { id: 'ext', url: 'chrome-extension://ext/options.html#import' };

/** The dashboard's hook over a transport, its state rendered as the Import and export section renders it. */
function dashboard(transport: Transport, messages: object = en, locale = 'en') {
  const out: { io?: ReturnType<typeof useImportExport> } = {};
  function Harness() {
    const io = useImportExport(createClient(transport), transport, () => true);
    out.io = io;
    return <ImportStatus state={io.state} locale={locale} onCancel={io.onCancel} />;
  }
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nProvider value={translatorFromMessages(messages as Messages)}>{<Harness />}</I18nProvider>, root));
  return { root, io: () => out.io! };
}

/** A journal with one person, as a backup file. */
async function backupOfJana(): Promise<string> {
  const other = await testDeps();
  await createRouter(createHandlers(other.deps), SELF)({ type: 'person/create', payload: { displayName: 'Jana Schmidt' } }, PAGE);
  return JSON.stringify(await exportBackup(other.deps));
}

describe('a failed download or export names its own job', () => {
  const failing = (type: string, error: { code: string; message: string } | undefined): Transport => async (m) =>
    m.type === type ? (error ? { ok: false, error } : undefined) : { ok: true, data: { lastBackupAt: null } };
  it.each([
    ['a backup, the worker stopped', 'backup', undefined, en, 'en', 'The backup could not be made: Handschlag\'s background did not answer. Please try again.'],
    ['a backup, a quota error', 'backup', { code: 'handler-failed', message: 'QuotaExceededError' }, en, 'en', 'The backup could not be made: an unexpected error occurred. Please try again.'],
    ['a backup, in German', 'backup', { code: 'handler-failed', message: 'QuotaExceededError' }, de, 'de', 'Die Sicherung konnte nicht erstellt werden: Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es noch einmal.'],
    ['a people export', 'csv', { code: 'handler-failed', message: 'boom' }, en, 'en', 'The people could not be exported: an unexpected error occurred. Please try again.'],
  ] as const)('%s', async (_name, what, error, messages, locale, expected) => {
    const { root, io } = dashboard(failing(what === 'backup' ? 'backup/export' : 'export/people', error), messages, locale);
    await act(async () => {
      await (what === 'backup' ? io().onBackup() : io().onExport('csv'));
    });
    expect(root.textContent).toBe(expected);
    expect(root.textContent).not.toMatch(/restored|wiederhergestellt|import/i);
  });
});

describe('a restore whose answer never came', () => {
  it.each([
    ['after the restore committed', true, 'The connection was interrupted, but the restore had finished: your journal now holds the backup.', ['Jana Schmidt']],
    ['before the restore ran', false, 'The restore was interrupted (Handschlag\'s background stopped). Your journal is unchanged: please restore the backup again.', []],
  ])('the worker stopped %s: the page says what the journal holds', async (_name, ran, expected, people) => {
    const { deps } = await testDeps();
    const handle = createRouter(createHandlers(deps), SELF);
    const file = await backupOfJana();
    const transport: Transport = async (m) => {
      if (m.type !== 'backup/restore') return handle(m, PAGE);
      if (ran) await handle(m, PAGE);
      return undefined; // the worker is stopped before its answer reaches the page
    };
    const { root, io } = dashboard(transport);
    await act(async () => {
      await io().onRestore(new File([file], 'handschlag-backup.json', { type: 'application/json' }));
    });
    expect((await deps.db.getAll('people')).map((p) => p.displayName)).toEqual(people);
    expect(root.textContent).toBe(expected);
  });

  it('the receipt is written with the restore, and a backup\'s own receipt does not stand in for it', async () => {
    const { deps } = await testDeps();
    const handle = createRouter(createHandlers(deps), SELF);
    // A backup taken after a restore carries that restore's receipt.
    await handle({ type: 'backup/restore', payload: { json: await backupOfJana(), jobId: 'earlier-job' } }, PAGE);
    const file = JSON.parse(JSON.stringify(await exportBackup(deps))) as { stores: { settings: { key: string }[] } };
    expect(file.stores.settings.map((r) => r.key)).toContain('lastRestore');
    const landed = async (jobId: string) => handle({ type: 'import/landed', payload: { jobId } }, PAGE);
    const res = await handle({ type: 'backup/restore', payload: { json: JSON.stringify(file), jobId: 'this-job' } }, PAGE);
    expect(res).toMatchObject({ ok: true, data: { quarantined: 0 } });
    expect(await landed('this-job')).toEqual({ ok: true, data: { landed: true } });
    expect(await landed('earlier-job')).toEqual({ ok: true, data: { landed: false } });
  });

  it('a restore without a job id (the command line, older pages) writes no receipt and restores as before', async () => {
    const { deps } = await testDeps();
    const file = JSON.parse(await backupOfJana());
    await restoreBackup(deps, file);
    const after = await dumpAll(deps);
    expect((after.settings as { key: string }[]).map((r) => r.key)).not.toContain('lastRestore');
    expect((after.people as { displayName: string }[]).map((p) => p.displayName)).toEqual(['Jana Schmidt']);
  });
});
