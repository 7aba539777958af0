// A restore brings the backup's settings: when they show results in the popup only, the in-page elements leave the
// open XING and LinkedIn tabs at once, as switching the setting off does (issue 17).
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../utils/journal/backup';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import { testDeps } from '../helpers/journal';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const PAGE = { id: 'ext', url: 'chrome-extension://ext/options.html#import' };

/** A backup of a journal whose settings have in-page results on or off. */
async function backupWith(inPageBadges: boolean): Promise<string> {
  const { deps } = await testDeps();
  await createRouter(createHandlers(deps), SELF)({ type: 'settings/update', payload: { patch: { inPageBadges } } }, PAGE);
  return JSON.stringify(await exportBackup(deps));
}

describe('restore and "Show badges and cards inside XING and LinkedIn pages"', () => {
  it.each([
    ['off in the backup, on now', false, true, ['hidden']],
    ['off in the backup, off now', false, false, ['hidden']],
    ['on in the backup, off now', true, false, []],
    ['on in the backup, on now', true, true, []],
  ])('%s: in-page elements removed from open tabs %j', async (_name, inBackup, now, expected) => {
    const { deps } = await testDeps();
    const file = await backupWith(inBackup);
    const hidden: string[] = [];
    const lists: boolean[] = [];
    const tabs = { loadReader: async () => undefined, hideInPageEverywhere: async () => void hidden.push('hidden'), keepBadgesOnLists: async (on: boolean) => void lists.push(on) };
    const handle = createRouter(createHandlers(deps, tabs), SELF);
    await handle({ type: 'settings/update', payload: { patch: { inPageBadges: now } } }, PAGE);
    hidden.length = 0;
    const r = await handle({ type: 'backup/restore', payload: { json: file } }, PAGE);
    expect(r.ok).toBe(true);
    expect(hidden).toEqual(expected);
    // The list badges follow the restored settings too (they did before).
    expect(lists.at(-1)).toBe(inBackup);
  });

  it('a refused restore changes no settings and hides nothing that was shown', async () => {
    const { deps } = await testDeps();
    const hidden: string[] = [];
    const handle = createRouter(createHandlers(deps, { loadReader: async () => undefined, hideInPageEverywhere: async () => void hidden.push('hidden') }), SELF);
    const r = await handle({ type: 'backup/restore', payload: { json: '{}' } }, PAGE);
    expect(r.ok).toBe(false);
    expect(hidden).toEqual([]);
  });
});
