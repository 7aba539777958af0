import { describe, expect, it } from 'vitest';
import { checkRecords, quarantine, recordKey } from '../../../utils/journal/quarantine';
import { Identity } from '../../../utils/model/people';
import { card, POPUP, routedJournal, tab, XING_LIST } from './router-helpers';

const PROFILE = 'https://www.xing.com/profile/Ana_A';
const quarantined = async (j: Awaited<ReturnType<typeof routedJournal>>) => j.deps.db.getAll('quarantine');

// Issue 13, break 5: damaged records were dropped or overwritten instead of quarantined.
describe('a damaged record is quarantined exactly once, never silently replaced (break 5)', () => {
  it('damaged settings fall back to the safe value (automatic reading off), say so, and keep the About-you data', async () => {
    const j = await routedJournal();
    const damagedSettings = { v: 1, key: 'settings', value: { autoCapture: false, inPageBadges: true, genuineBelow: 'x', me: { name: 'Katrin Vogel' } } };
    await j.deps.db.put('settings', damagedSettings as never);
    const read = await j.handle({ type: 'settings/get', payload: {} }, POPUP);
    expect(read).toMatchObject({ ok: true, data: { settings: { autoCapture: false }, damaged: true } });
    // Automatic reading stays off, also once the record is in quarantine.
    expect(await j.handle({ type: 'capture/profile', payload: { platform: 'xing', url: PROFILE, facts: { name: 'Ana' }, auto: true } }, tab(PROFILE))).toMatchObject({ ok: false, error: { code: 'capture-off' } });
    expect(await j.handle({ type: 'settings/get', payload: {} }, POPUP)).toMatchObject({ ok: true, data: { settings: { autoCapture: false }, damaged: true } });
    // A change applies to the safe settings; the About-you data stays in quarantine, whole, once.
    expect(await j.handle({ type: 'settings/update', payload: { patch: { genuineBelow: 30 } } }, POPUP)).toMatchObject({ ok: true, data: { settings: { autoCapture: false, genuineBelow: 30 } } });
    expect(await j.handle({ type: 'settings/get', payload: {} }, POPUP)).toEqual({ ok: true, data: { settings: expect.objectContaining({ genuineBelow: 30 }) } });
    const entries = await quarantined(j);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ store: 'settings', key: 'settings', record: damagedSettings });
  });

  it('a damaged settings record met first by an update is quarantined, not overwritten', async () => {
    const j = await routedJournal();
    await j.deps.db.put('settings', { v: 1, key: 'settings', value: { me: { name: 'Katrin' } } } as never);
    const res = await j.handle({ type: 'settings/update', payload: { patch: { genuineBelow: 30 } } }, POPUP);
    expect(res).toMatchObject({ ok: true, data: { settings: { autoCapture: false } } });
    expect(await quarantined(j)).toMatchObject([{ store: 'settings', record: { value: { me: { name: 'Katrin' } } } }]);
  });

  it('a request list does not overwrite a damaged identity', async () => {
    const j = await routedJournal();
    const broken = { v: 1, id: 'xing:Ana_A', platform: 'xing', key: 'Ana_A', personId: 42 };
    await j.deps.db.put('identities', broken as never);
    expect(await j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests: [card('Ana_A')] } }, tab(XING_LIST))).toMatchObject({ ok: true });
    expect(await quarantined(j)).toMatchObject([{ store: 'identities', key: 'xing:Ana_A', record: broken }]);
    expect(Identity.safeParse(await j.deps.db.get('identities', 'xing:Ana_A')).success).toBe(true);
  });

  it('a failed read does not overwrite damaged diagnostics, and the damaged record goes once', async () => {
    const j = await routedJournal();
    const broken = { v: 1, pageType: 'xing.profile', successes: -5 };
    await j.deps.db.put('diagnostics', broken as never);
    const failed = { type: 'capture/failed', payload: { platform: 'xing', url: PROFILE, pageType: 'xing.profile', error: { code: 'missing-name', message: 'no name' } } };
    expect(await j.handle(failed, tab(PROFILE))).toMatchObject({ ok: true });
    await j.handle({ type: 'journal/stats', payload: {} }, POPUP);
    expect(await quarantined(j)).toMatchObject([{ store: 'diagnostics', key: 'xing.profile', record: broken }]);
    expect(await j.deps.db.get('diagnostics', 'xing.profile')).toMatchObject({ failures: 1 });
  });

  it('a new verdict does not delete a damaged earlier one', async () => {
    const j = await routedJournal();
    await j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests: [card('Ana_A')] } }, tab(XING_LIST));
    const [request] = await j.deps.db.getAll('requests');
    const broken = { v: 1, id: 'old-verdict', personId: request!.personId, requestId: request!.id, verdict: 'maybe', at: 0 };
    await j.deps.db.put('verdicts', broken as never);
    expect(await j.handle({ type: 'verdict/set', payload: { requestId: request!.id, verdict: 'genuine' } }, POPUP)).toMatchObject({ ok: true });
    expect(await quarantined(j)).toMatchObject([{ store: 'verdicts', key: 'old-verdict', record: broken }]);
  });

  it('gives every damaged copy its own quarantine entry, and quarantines a copy only once', async () => {
    const j = await routedJournal();
    const first = { id: 'p1', broken: 1 };
    await j.deps.db.put('people', first as never);
    const entries = checkRecords('people', Identity, [first], recordKey, j.deps.now()).invalid;
    expect(await quarantine(j.deps.db, entries)).toBe(1);
    expect(await quarantine(j.deps.db, entries)).toBe(0); // a second reader that saw the same copy
    const second = { id: 'p1', broken: 2 };
    await j.deps.db.put('people', second as never);
    await quarantine(j.deps.db, checkRecords('people', Identity, [second], recordKey, j.deps.now()).invalid);
    expect((await quarantined(j)).map((q) => q.record)).toEqual([first, second]);
  });

  it('a reader that found a record damaged does not remove the valid one a capture wrote since (person/get vs capture/profile)', async () => {
    const j = await routedJournal();
    await j.deps.db.put('identities', { id: 'xing:Ana_A', damaged: true } as never);
    // person/get read it in its read transaction and found it damaged…
    const stale = checkRecords('identities', Identity, [await j.deps.db.get('identities', 'xing:Ana_A')], recordKey, j.deps.now()).invalid;
    // …meanwhile the profile was captured (which quarantines the damaged identity and writes a valid one)…
    expect(await j.handle({ type: 'capture/profile', payload: { platform: 'xing', url: PROFILE, facts: { name: 'Ana' } } }, tab(PROFILE))).toMatchObject({ ok: true });
    // …and then person/get moves what it found.
    await quarantine(j.deps.db, stale);
    expect(Identity.safeParse(await j.deps.db.get('identities', 'xing:Ana_A')).success).toBe(true);
    expect(await quarantined(j)).toHaveLength(1);
    expect(await j.handle({ type: 'person/get', payload: { platform: 'xing', key: 'Ana_A' } }, POPUP)).toMatchObject({ ok: true, data: { view: { person: { displayName: 'Ana' } } } });
  });
});
