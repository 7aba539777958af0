// Bundled to one script and evaluated inside the extension's own page or worker (chrome-extension:// origin),
// so every figure is measured in real Chromium with the real IndexedDB. Exposes globalThis.__hsBench.
import { openDB } from 'idb';
import { openJournalDB } from '../../utils/journal/open';
import { KEPT_DB_NAME } from '../../utils/messaging/kept';
import { listPeople } from '../../utils/journal/people-list';
import { getPersonByIdentity, recordProfiles, type Deps } from '../../utils/journal/profiles';
import { recordRequestList } from '../../utils/journal/requests';
import { generatePeople } from './generate';
import { generateBenchNotes } from '../../utils/scoring/bench-data';
import { scoreRequest } from '../../utils/scoring/score';
import { committedTextModel } from '../../utils/scoring/text-model/committed';
import { buildState, requestEvent } from '../../utils/scoring/state/state';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const now = () => performance.now();

async function deps(name: string): Promise<Deps> {
  const db = await openJournalDB({ name });
  let id = 0;
  return { db, now: () => Date.now(), newId: () => `b${++id}-${Math.random().toString(36).slice(2, 8)}` };
}

/** Raw IndexedDB: n records of about 320 bytes written in transactions of `batch`, then read back with getAll. */
async function raw(n: number, batch: number) {
  const name = `hs-bench-raw-${Math.random().toString(36).slice(2)}`;
  const db = await openDB(name, 1, { upgrade: (d) => d.createObjectStore('r', { keyPath: 'id' }) });
  const filler = 'x'.repeat(240);
  const t0 = now();
  for (let start = 0; start < n; start += batch) {
    const tx = db.transaction('r', 'readwrite');
    for (let i = start; i < Math.min(n, start + batch); i++) void tx.store.put({ id: `r${i}`, n: i, at: Date.now(), text: filler });
    await tx.done;
  }
  const writeMs = now() - t0;
  const t1 = now();
  const all = await db.getAll('r');
  const readMs = now() - t1;
  db.close();
  await deleteDb(name);
  return { writeMs, readMs, count: all.length };
}

/** The worker's kept answers (storage.session) and its large ones (their own database), as every write through the worker drops them. */
async function forgetKeptAnswers() {
  // This page is an extension page: chrome.* is there, without the extension's typings in this bundle.
  const chrome = (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome;
  await chrome.storage.session.clear();
  await deleteDb(KEPT_DB_NAME);
}

function deleteDb(name: string) {
  return new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/** The journal's own API: n people (identity + snapshot each) and `requestsPer` requests each, in batches. */
async function journalWrite(name: string, n: number, requestsPer: number) {
  const d = await deps(name);
  const people = generatePeople(n, 7);
  const t0 = now();
  for (let i = 0; i < people.length; i += 500) await recordProfiles(d, people.slice(i, i + 500).map((p) => p.observation));
  const peopleMs = now() - t0;
  const t1 = now();
  let requests = 0;
  for (let r = 0; r < requestsPer; r++) {
    for (let i = 0; i < people.length; i += 250) {
      const cards = people.slice(i, i + 250).map((p) => ({ ...p.card, key: r === 0 ? p.card.key : `${p.card.key}-${r}` }));
      const platform = i % 500 === 0 ? 'xing' : 'linkedin';
      const res = await recordRequestList(d, { platform, direction: 'received', requests: cards });
      requests += res.created;
    }
  }
  const requestsMs = now() - t1;
  d.db.close();
  // Written behind the worker's back (the product writes only through it): what it kept from the old journal goes.
  await forgetKeptAnswers();
  return { peopleMs, requestsMs, people: n, requests };
}

async function lookups(name: string, n: number, samples: number) {
  const d = await deps(name);
  const people = generatePeople(n, 7);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const p = people[(i * 7919) % people.length]!;
    const t0 = now();
    const view = await getPersonByIdentity(d, p.observation.platform, p.observation.key);
    times.push(now() - t0);
    if (!view) throw new Error(`lookup missed ${p.observation.key}`);
  }
  d.db.close();
  return { medianMs: median(times) };
}

/** Search as the user types: one listPeople call per keystroke. */
async function search(name: string, query: string) {
  const d = await deps(name);
  const times: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    const t0 = now();
    await listPeople(d, { query: query.slice(0, i), limit: 50 });
    times.push(now() - t0);
  }
  d.db.close();
  return { medianMs: median(times), maxMs: Math.max(...times) };
}

/** Fingerprinting: building the scorer's history from n stored notes. */
function scoringBuild(n: number) {
  const notes = generateBenchNotes(n, 42);
  const t0 = now();
  buildState(notes.map(requestEvent));
  return { ms: now() - t0 };
}

/** Scoring one new request against a history of n notes (median over `samples` new requests), with the text model as the background scores. */
function scoringOne(n: number, samples: number) {
  const state = buildState(generateBenchNotes(n, 42).map(requestEvent));
  const textModel = committedTextModel();
  const fresh = generateBenchNotes(samples, 4242).map((r, i) => ({ ...r, id: `new-${i}` }));
  const times = fresh.map((r) => {
    const t0 = now();
    scoreRequest(r, state, undefined, { textModel });
    return now() - t0;
  });
  return { medianMs: median(times), maxMs: Math.max(...times) };
}

const api = { raw, journalWrite, lookups, search, deleteDb, scoringBuild, scoringOne };
/** What the bench calls in the browser (scripts/bench/call.ts types its calls with this). */
export type BenchApi = typeof api;
(globalThis as Record<string, unknown>).__hsBench = api;
