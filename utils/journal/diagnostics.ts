import type { Deps } from './profiles';
import { checkRecords, moveToQuarantine, quarantine, recordKey, type QuarantineTx } from './quarantine';
import { DiagnosticRecord } from '../model/diagnostics';
import { isLeftAlone } from '../platforms/left-alone';

export interface ParseOutcome {
  pageType: string;
  failure?: { code: string; field?: string; message: string };
  /** Cards of a list read that could not be read or were refused (each costs its card, not the list). */
  skippedCards?: number;
  /** One part of a list sent in parts: only its skipped cards are counted, the read itself with the last part. */
  partial?: boolean;
}

/**
 * Counts one read of a page type, and keeps the last failure's reason. Local only; never leaves the machine. A page
 * left alone on purpose (own profile, login wall) is no failure: not counted, even from an older content script.
 */
export async function recordParseOutcome(deps: Deps, outcome: ParseOutcome): Promise<void> {
  if (outcome.failure && isLeftAlone(outcome.failure.code)) return;
  const now = deps.now();
  const tx = deps.db.transaction(['diagnostics', 'quarantine'], 'readwrite');
  const raw = await tx.objectStore('diagnostics').get(outcome.pageType);
  const checked = checkRecords('diagnostics', DiagnosticRecord, raw === undefined ? [] : [raw], recordKey, now);
  // A damaged record is not overwritten: quarantined, and counting starts again.
  await moveToQuarantine(tx as unknown as QuarantineTx, checked.invalid);
  const base: DiagnosticRecord = checked.valid[0] ?? { v: 1, pageType: outcome.pageType, successes: 0, failures: 0, lastAt: now };
  await tx.objectStore('diagnostics').put(
    DiagnosticRecord.parse({
      ...base,
      ...(outcome.failure
        ? { failures: base.failures + 1, lastFailure: { ...outcome.failure, at: now } }
        : outcome.partial
          ? {}
          : { successes: base.successes + 1 }),
      ...(outcome.skippedCards ? { skippedCards: (base.skippedCards ?? 0) + outcome.skippedCards } : {}),
      lastAt: now,
    }),
  );
  await tx.done;
}

export async function listDiagnostics(deps: Deps): Promise<DiagnosticRecord[]> {
  const checked = checkRecords('diagnostics', DiagnosticRecord, await deps.db.getAll('diagnostics'), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  return checked.valid.sort((a, b) => a.pageType.localeCompare(b.pageType));
}
