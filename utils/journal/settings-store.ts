import { atomically } from './atomic';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { DEFAULT_SETTINGS, Settings } from '../model/settings';
import { SettingsRecord } from './envelopes';
import { HandlerError } from '../messaging/handler-error';

export async function getSettings(deps: Deps): Promise<Settings> {
  const raw = await deps.db.get('settings', 'settings');
  if (!raw) return DEFAULT_SETTINGS;
  const checked = checkRecords('settings', SettingsRecord, [raw], recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  return checked.valid[0]?.value ?? DEFAULT_SETTINGS;
}

/** Applies a partial change; the result must still be valid settings (thresholds in order). */
export async function updateSettings(deps: Deps, patch: Partial<Settings>): Promise<Settings> {
  const tx = deps.db.transaction('settings', 'readwrite');
  return atomically(tx, async () => {
    const raw = await tx.store.get('settings');
    const current = SettingsRecord.safeParse(raw).success ? (raw as SettingsRecord).value : DEFAULT_SETTINGS;
    const next = Settings.parse({ ...current, ...patch });
    // A code, not only a sentence: the dashboard says it in the user's language.
    if (next.genuineBelow > next.collectorFrom) throw new HandlerError('invalid-settings', 'genuineBelow must not exceed collectorFrom');
    await tx.store.put({ v: 1, key: 'settings', value: next });
    return next;
  });
}
