import { atomically } from './atomic';
import type { Deps } from './profiles';
import { checkRecords, moveToQuarantine, recordKey, type QuarantineTx } from './quarantine';
import { DEFAULT_SETTINGS, SAFE_SETTINGS, Settings } from '../model/settings';
import { SettingsRecord } from './envelopes';
import { HandlerError } from '../messaging/handler-error';

export interface SettingsRead {
  settings: Settings;
  /**
   * The stored settings were damaged (now in quarantine) and none have been saved since: `settings` are the
   * safe ones (automatic reading off), and the UI says so, until the user saves settings again.
   */
  damaged: boolean;
}

/**
 * The settings, as stored; a damaged record is moved to quarantine (never silently replaced) and the SAFE
 * settings stand in, not the defaults: the defaults read pages automatically, which the user may have
 * switched off. A fresh journal (no settings ever stored, none quarantined) has the defaults.
 */
export async function readSettings(deps: Deps): Promise<SettingsRead> {
  const raw = await deps.db.get('settings', 'settings');
  if (raw !== undefined) {
    const parsed = SettingsRecord.safeParse(raw);
    if (parsed.success) return { settings: parsed.data.value, damaged: false };
    const tx = deps.db.transaction(['settings', 'quarantine'], 'readwrite');
    await atomically(tx, () => moveToQuarantine(tx as unknown as QuarantineTx, checkRecords('settings', SettingsRecord, [raw], recordKey, deps.now()).invalid));
    return { settings: SAFE_SETTINGS, damaged: true };
  }
  const quarantined = await deps.db.countFromIndex('quarantine', 'store', 'settings');
  return quarantined > 0 ? { settings: SAFE_SETTINGS, damaged: true } : { settings: DEFAULT_SETTINGS, damaged: false };
}

export async function getSettings(deps: Deps): Promise<Settings> {
  return (await readSettings(deps)).settings;
}

/**
 * Applies a partial change; the result must still be valid settings (thresholds in order). Over damaged
 * settings, the change applies to the safe ones, and the damaged record goes to quarantine first.
 */
export async function updateSettings(deps: Deps, patch: Partial<Settings>): Promise<Settings> {
  const tx = deps.db.transaction(['settings', 'quarantine'], 'readwrite');
  return atomically(tx, async () => {
    const raw = await tx.objectStore('settings').get('settings');
    const parsed = SettingsRecord.safeParse(raw);
    let current: Settings;
    if (parsed.success) current = parsed.data.value;
    else {
      const bad = raw === undefined ? [] : checkRecords('settings', SettingsRecord, [raw], recordKey, deps.now()).invalid;
      await moveToQuarantine(tx as unknown as QuarantineTx, bad);
      current = bad.length > 0 || (await tx.objectStore('quarantine').index('store').count('settings')) > 0 ? SAFE_SETTINGS : DEFAULT_SETTINGS;
    }
    const next = Settings.parse({ ...current, ...patch });
    // A code, not only a sentence: the dashboard says it in the user's language.
    if (next.genuineBelow > next.collectorFrom) throw new HandlerError('invalid-settings', 'genuineBelow must not exceed collectorFrom');
    await tx.objectStore('settings').put({ v: 1, key: 'settings', value: next });
    return next;
  });
}
