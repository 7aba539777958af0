import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Identity, Person, Snapshot } from '../model/people';
import { Interaction, Verdict } from '../model/relationships';
import { RequestRecord } from '../model/requests';
import { scoringContextFrom, type ScoringContext } from './scoring-state';
import { getSettings } from './settings-store';

/** Reads what the scorer needs (records in one read transaction, then the user's own profile) and builds its history. */
export async function loadScoringContext(deps: Deps): Promise<ScoringContext> {
  const now = deps.now();
  const stores = ['requests', 'people', 'snapshots', 'identities', 'interactions', 'verdicts'] as const;
  const tx = deps.db.transaction([...stores], 'readonly');
  const [requests = [], people = [], snapshots = [], identities = [], interactions = [], verdicts = []] = (await Promise.all(
    stores.map((s) => tx.objectStore(s).getAll()),
  )) as unknown[][];
  await tx.done;
  const checked = {
    requests: checkRecords('requests', RequestRecord, requests, recordKey, now),
    people: checkRecords('people', Person, people, recordKey, now),
    snapshots: checkRecords('snapshots', Snapshot, snapshots, recordKey, now),
    identities: checkRecords('identities', Identity, identities, recordKey, now),
    interactions: checkRecords('interactions', Interaction, interactions, recordKey, now),
    verdicts: checkRecords('verdicts', Verdict, verdicts, recordKey, now),
  };
  await quarantine(deps.db, Object.values(checked).flatMap((c) => c.invalid));
  const { me } = await getSettings(deps);
  return scoringContextFrom({
    ...(me ? { me } : {}),
    requests: checked.requests.valid,
    people: checked.people.valid,
    snapshots: checked.snapshots.valid,
    identities: checked.identities.valid,
    interactions: checked.interactions.valid,
    verdicts: checked.verdicts.valid,
  });
}
