import type { IDBPTransaction } from 'idb';
import { profileUrl } from '../platforms/profile-url';
import type { JournalDB } from './db-schema';
import { atomically } from './atomic';
import { checkRecords, moveToQuarantine, recordKey, type QuarantineTx } from './quarantine';
import type { Deps } from './profiles';
import { identityId } from './profiles';
import { diffRequestList, type ObservedRequest } from './request-diff';
import { Identity, Person } from '../model/people';
import { RequestRecord, type RequestState } from '../model/requests';
import { isPlainRequest, readChecked } from '../model/plain-records';
import type { Platform } from '../model/base';
import { BlockEntry } from '../model/relationships';
import { addUnlessListed, blockId } from './blocklist';

export interface RequestListObservation {
  platform: Platform;
  direction: 'received' | 'sent';
  requests: ObservedRequest[];
  /** Every card's key, given only when the page's list was read whole: the proof a withdrawal needs (request-diff.ts). */
  listKeys?: string[];
}

export interface RequestListResult {
  created: number;
  resent: number;
  withdrawn: number;
  /** Sent requests that left the list (answered by the recipient, or withdrawn elsewhere): `gone`. */
  gone: number;
  seen: number;
  /** The ids of the requests created (new and re-sent): the worker adds them to what it derived (write-effects.ts). */
  createdIds: string[];
  /** The ids of the received requests found withdrawn (the same; a sent request gone changes no score). */
  withdrawnIds: string[];
}

type Tx = IDBPTransaction<JournalDB, ('people' | 'identities' | 'requests' | 'quarantine')[], 'readwrite'>;

/**
 * Records a freshly read request list: new requests (and their senders as people), re-sends, and
 * requests that vanished without the user acting (with the time window: a received one withdrawn by its sender, a
 * sent one gone, as its recipient's answer takes it off the list as well as a withdrawal elsewhere). One transaction:
 * all of it or none of it.
 */
export async function recordRequestList(deps: Deps, obs: RequestListObservation): Promise<RequestListResult> {
  const now = deps.now();
  const tx = deps.db.transaction(['people', 'identities', 'requests', 'quarantine'], 'readwrite');
  return atomically(tx, () => applyRequestList(tx, deps, obs, now));
}

async function applyRequestList(tx: Tx, deps: Deps, obs: RequestListObservation, now: number): Promise<RequestListResult> {
  const latest = await latestRecords(tx, obs);
  const ops = diffRequestList(latest, obs.requests, now, obs.listKeys);
  const result: RequestListResult = { created: 0, resent: 0, withdrawn: 0, gone: 0, seen: 0, createdIds: [], withdrawnIds: [] };
  const closedAs = obs.direction === 'sent' ? 'gone' : 'withdrawn';
  const byId = new Map(latest.map((r) => [r.id, r]));
  for (const op of ops) {
    if (op.kind === 'create') {
      const personId = await ensurePerson(tx, deps, obs.platform, op.observed, now);
      const at = op.observed.time?.range ?? { from: now, to: now };
      const id = deps.newId();
      await tx.objectStore('requests').put(
        RequestRecord.parse({
          v: 1,
          id,
          platform: obs.platform,
          direction: obs.direction,
          personId,
          key: op.observed.key,
          note: op.observed.note,
          firstSeenAt: now,
          lastSeenAt: now,
          ...(op.observed.time?.range ? { sentAt: op.observed.time.range } : {}),
          state: 'pending',
          history: [{ state: 'pending', at, by: 'observed' }],
        }),
      );
      result[op.resendOf ? 'resent' : 'created']++;
      result.createdIds.push(id);
    } else if (op.kind === 'seen') {
      await tx.objectStore('requests').put({ ...byId.get(op.id)!, lastSeenAt: now });
      result.seen++;
    } else {
      const record = byId.get(op.id)!;
      await tx.objectStore('requests').put({
        ...record,
        state: closedAs,
        history: [...record.history, { state: closedAs, at: op.window, by: 'observed' }],
      });
      if (closedAs === 'gone') result.gone++;
      else {
        result.withdrawn++;
        result.withdrawnIds.push(op.id);
      }
    }
  }
  return result;
}

/** The newest valid record per profile key among this list's keys and all pending ones of this platform and direction. */
async function latestRecords(tx: Tx, obs: RequestListObservation): Promise<RequestRecord[]> {
  const store = tx.objectStore('requests');
  const pending = await store
    .index('stateDirectionTime')
    .getAll(IDBKeyRange.bound(['pending', obs.direction, 0], ['pending', obs.direction, Number.MAX_SAFE_INTEGER]));
  const observed = await Promise.all(
    [...new Set(obs.requests.map((r) => r.key))].map((key) => store.index('identity').getAll([obs.platform, key, obs.direction])),
  );
  const newest = new Map<string, RequestRecord>();
  for (const raw of [...pending, ...observed.flat()]) {
    // The other site's pending requests are passed over unchecked: a list read in a large journal (30,000 pending
    // requests) spent most of its time checking records it then skipped.
    const claimed = raw as { platform?: unknown } | undefined;
    if (claimed?.platform !== obs.platform) continue;
    const r = readChecked(raw, isPlainRequest, RequestRecord);
    if (!r) continue; // damaged records are quarantined by the list reads, never acted on here
    if (r.direction !== obs.direction) continue;
    const known = newest.get(r.key);
    if (!known || r.firstSeenAt > known.firstSeenAt) newest.set(r.key, r);
  }
  return [...newest.values()];
}

async function ensurePerson(tx: Tx, deps: Deps, platform: Platform, seen: ObservedRequest, now: number): Promise<string> {
  const id = identityId(platform, seen.key);
  const raw = await tx.objectStore('identities').get(id);
  const identity = checkRecords('identities', Identity, raw === undefined ? [] : [raw], recordKey, now);
  if (identity.valid[0]) return identity.valid[0].personId;
  // A damaged identity is never overwritten: it goes to quarantine, and the person starts anew.
  await moveToQuarantine(tx as unknown as QuarantineTx, identity.invalid);
  const personId = deps.newId();
  await tx.objectStore('people').put(
    Person.parse({
      v: 1,
      id: personId,
      displayName: seen.name,
      ...(seen.headline ? { headline: seen.headline } : {}),
      tags: [],
      notes: '',
      createdAt: now,
      updatedAt: now,
    }),
  );
  await tx.objectStore('identities').put(
    Identity.parse({ v: 1, id, platform, key: seen.key, personId, url: profileUrl(platform, seen.key), firstSeenAt: now, lastSeenAt: now }),
  );
  return personId;
}

const ACTION_STATE: Record<string, RequestState> = {
  accept: 'accepted',
  decline: 'declined',
  ignore: 'ignored',
  report: 'reported',
  block: 'blocked',
  withdraw: 'withdrawn',
};

/**
 * The user acted on a request (on the site or in Handschlag): close it with their action. A block with the site's
 * own button puts the person on the blocklist too (with `reason`), as "Block spammer" does, unless they are on it
 * already (the user's own entry is kept); in the same transaction.
 */
export async function markRequestActed(
  deps: Deps,
  act: { platform: Platform; direction: 'received' | 'sent'; key: string; action: keyof typeof ACTION_STATE; reason?: string },
): Promise<{ updated: boolean }> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'blocklist'], 'readwrite');
  if (act.action === 'block') {
    const entry = { v: 1 as const, id: blockId(act.platform, act.key), platform: act.platform, key: act.key, reason: (act.reason ?? '').slice(0, 500), at: now };
    await addUnlessListed(tx.objectStore('blocklist'), BlockEntry.parse(entry));
  }
  const requests = tx.objectStore('requests');
  const all = await requests.index('identity').getAll([act.platform, act.key, act.direction]);
  // Every pending record of this person and direction: an imported Invitations.csv may hold the same request as
  // the page did, under an id of its own, and the user's one action answers both.
  const open = all.map((raw) => RequestRecord.safeParse(raw)).flatMap((p) => (p.success && p.data.state === 'pending' ? [p.data] : []));
  const state = ACTION_STATE[act.action];
  if (!open.length || !state) {
    await tx.done;
    return { updated: false };
  }
  for (const request of open) await requests.put({ ...request, state, history: [...request.history, { state, at: { from: now, to: now }, by: 'user' }] });
  await tx.done;
  return { updated: true };
}
