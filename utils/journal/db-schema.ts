import type { DBSchema } from 'idb';
import type { BlockEntry, Interaction, JournalEvent, Verdict } from '../model/relationships';
import type { DiagnosticRecord } from '../model/diagnostics';
import type { Identity, Person, Snapshot } from '../model/people';
import type { QuarantineRecord, SettingsRecord } from './envelopes';
import type { RequestRecord } from '../model/requests';
import type { Reminder } from '../model/reminders';

/** The IndexedDB layout at the current version: store names, keys and index key types. */
export interface JournalDB extends DBSchema {
  people: { key: string; value: Person; indexes: { updatedAt: number } };
  identities: { key: string; value: Identity; indexes: { personId: string } };
  snapshots: { key: string; value: Snapshot; indexes: { personId: string; personTime: [string, number] } };
  requests: {
    key: string;
    value: RequestRecord;
    indexes: { stateTime: [string, number]; stateDirectionTime: [string, string, number]; personId: string; identity: [string, string, string] };
  };
  interactions: { key: string; value: Interaction; indexes: { personTime: [string, number]; at: number } };
  events: { key: string; value: JournalEvent; indexes: { name: string } };
  reminders: { key: string; value: Reminder; indexes: { stateDue: [string, number]; personId: string } };
  verdicts: { key: string; value: Verdict; indexes: { personId: string; requestId: string } };
  blocklist: { key: string; value: BlockEntry };
  settings: { key: string; value: SettingsRecord };
  quarantine: { key: string; value: QuarantineRecord; indexes: { store: string } };
  diagnostics: { key: string; value: DiagnosticRecord };
}

export type StoreName =
  | 'people'
  | 'identities'
  | 'snapshots'
  | 'requests'
  | 'interactions'
  | 'events'
  | 'verdicts'
  | 'reminders'
  | 'blocklist'
  | 'settings'
  | 'quarantine'
  | 'diagnostics';

export const DB_NAME = 'handschlag-journal';
