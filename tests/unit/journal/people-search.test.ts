import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import { buildPeopleIndex, fromKeptForm } from '../../../utils/journal/people-index';
import { findText, findWords, findsAll, foldForSearch } from '../../../utils/text/fold';
import type { AnswerStore } from '../../../utils/journal/kept-answers';
import { testDeps } from '../helpers/journal';

const PAGE = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };

/** storage.session / local as the background sees them (as in kept-answers.test.ts). */
function memoryStore(): AnswerStore {
  const data = new Map<string, unknown>();
  return { get: async (k) => structuredClone(data.get(k)), set: async (k, v) => void data.set(k, structuredClone(v)), clear: async () => data.clear() };
}

async function journal(stores: Parameters<typeof createHandlers>[3] = {}) {
  const t = await testDeps();
  const handle = createRouter(createHandlers(t.deps, undefined, undefined, stores), SELF);
  const send = async (type: string, payload: unknown) => {
    const res = await handle({ type, payload }, PAGE);
    if (!res.ok) throw new Error(res.error.message);
    return res.data as never;
  };
  const found = async (query: string) => ((await send('people/list', { query, limit: 50 })) as { items: { displayName: string }[] }).items.map((p) => p.displayName).sort();
  return { ...t, send, found };
}

const PEOPLE = [
  { displayName: 'Jörg Müller', company: 'Weber & Söhne' },
  { displayName: 'Jörg Mueller' },
  { displayName: 'Łukasz Nowak' },
  { displayName: 'Bjørn Østergaard' },
  { displayName: 'Jana Schmidt', company: 'Siemens AG' },
  { displayName: 'Jana Schmitt', company: 'Bosch' },
  { displayName: 'Manuel Köhler', location: 'Köln' },
];

describe('people search as a German networker types names', () => {
  it.each([
    // German transliteration both ways (finding 1)
    ['mueller', ['Jörg Mueller', 'Jörg Müller']],
    ['müller', ['Jörg Mueller', 'Jörg Müller']],
    ['Mueller', ['Jörg Mueller', 'Jörg Müller']],
    ['MÜLLER', ['Jörg Mueller', 'Jörg Müller']],
    ['muller', ['Jörg Müller']],
    ['joerg', ['Jörg Mueller', 'Jörg Müller']],
    ['koehler', ['Manuel Köhler']],
    ['koeln', ['Manuel Köhler']],
    ['sohne', ['Jörg Müller']],
    ['soehne', ['Jörg Müller']],
    // letters with a stroke (finding 1)
    ['lukasz', ['Łukasz Nowak']],
    ['ŁUKASZ', ['Łukasz Nowak']],
    ['ostergaard', ['Bjørn Østergaard']],
    ['bjorn', ['Bjørn Østergaard']],
    // every word, any order, any field (finding 7)
    ['jana schmidt', ['Jana Schmidt']],
    ['schmidt jana', ['Jana Schmidt']],
    ['jana siemens', ['Jana Schmidt']],
    ['  siemens   jana ', ['Jana Schmidt']],
    ['jana', ['Jana Schmidt', 'Jana Schmitt']],
    ['jana bosch schmidt', []],
    ['manuel koln', ['Manuel Köhler']],
    // no over-matching: "ue" in a name is not an umlaut to be folded away
    ['manl', []],
  ])('%j finds %j', async (query, expected) => {
    const j = await journal();
    for (const p of PEOPLE) await j.send('person/create', p);
    expect(await j.found(query)).toEqual(expected);
  });

  it('an empty query lists everyone', async () => {
    const j = await journal();
    for (const p of PEOPLE) await j.send('person/create', p);
    expect(await j.found('  ')).toHaveLength(PEOPLE.length);
  });
});

describe('the kept people index and the new folding', () => {
  it('an index kept the old way (no fold version) is rebuilt, so "mueller" finds Müller after the update', async () => {
    const session = memoryStore();
    const lasting = memoryStore();
    const bodies = memoryStore();
    const stores = { session, lasting, bodies, build: 'b1', keepHistoryAfterMs: 0 };
    const j = await journal(stores);
    await j.send('person/create', { displayName: 'Jörg Müller' });
    expect(await j.found('mueller')).toEqual(['Jörg Müller']); // builds and keeps the index
    // An earlier build kept its index without the version, folded without the "ue" spelling.
    const kept = (await bodies.get('people-index')) as { token: string; value: { ids: string[]; folded: string[] } };
    expect(kept.value.folded[0]).toContain('mueller');
    const old = { ids: kept.value.ids, folded: kept.value.ids.map(() => foldForSearch('Jörg Müller')) };
    expect(fromKeptForm(old)).toBeUndefined();
    await bodies.set('people-index', { token: kept.token, value: old });
    // The next life of the worker reads the kept index back: it must not use the old one.
    const later = createRouter(createHandlers(j.deps, undefined, undefined, stores), SELF);
    const res = await later({ type: 'people/list', payload: { query: 'mueller', limit: 50 } }, PAGE);
    expect(res.ok && (res.data as { items: { displayName: string }[] }).items.map((p) => p.displayName)).toEqual(['Jörg Müller']);
  });

  it('the built index carries the fold version and survives its kept form', async () => {
    const j = await journal();
    await j.send('person/create', { displayName: 'Łukasz Müller' });
    const index = await buildPeopleIndex(j.deps);
    expect(fromKeptForm(structuredClone(index))).toEqual(index);
  });
});

describe('findText and findWords', () => {
  it.each([
    ['Jörg Müller', 'mueller', true],
    ['Jörg Mueller', 'müller', true],
    ['Jörg Mueller', 'muller', false],
    ['Æble Œuvre', 'aeble oeuvre', true],
    ['Đorđe', 'dorde', true],
    ['Işık', 'isik', true],
    ['Þór', 'thor', true],
    ['Ju\u0308rgen', 'juergen', true], // a decomposed umlaut (NFD) counts as one
    ['Straße', 'strasse', true],
  ])('%j found by %j: %s', (text, query, expected) => {
    expect(findsAll(findText(text), findWords(query))).toBe(expected);
  });

  it('repeats only the words with an umlaut (the index stays small)', () => {
    expect(findText('Anna Berg')).toBe('anna berg');
    expect(findText('Jörg Berg')).toBe('jorg berg \u0002 joerg');
  });

  it('keeps the identity key (events, tags) as it was: "Łódź" and "Lodz" stay distinct events', () => {
    expect(foldForSearch('Łódź')).not.toBe(foldForSearch('Lodz'));
    expect(foldForSearch('Jörg Müller')).toBe('jorg muller');
  });
});
