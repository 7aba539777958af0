// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import { createClient } from '../../../utils/messaging/client';
import { personRecords } from '../../../utils/journal/person-records';
import { usePerson } from '../../../entrypoints/options/use-person';
import { testDeps } from '../helpers/journal';

// Review dashboard-people, finding 3: an emptied company, headline or location was dropped from the patch, so the
// form said "Saved" and the old value came back.

const PAGE = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const FULL = { displayName: 'Clara Roth', headline: 'Einkauf', company: 'Simens AG', location: 'Köln' };

async function journal() {
  const t = await testDeps();
  const handle = createRouter(createHandlers(t.deps), SELF);
  const id = await handle({ type: 'person/create', payload: FULL }, PAGE).then((r) => (r.ok ? (r.data as { personId: string }).personId : ''));
  return { ...t, handle, id, stored: async () => (await personRecords(t.deps, id))!.person };
}

function Probe(props: { client: ReturnType<typeof createClient>; id: string; out: { current?: ReturnType<typeof usePerson> } }) {
  props.out.current = usePerson(props.client, props.id, () => undefined);
  return null;
}

describe('the person page removes an emptied field', () => {
  it.each([
    ['company', { headline: 'Einkauf', company: '', location: 'Köln' }, { headline: 'Einkauf', location: 'Köln' }],
    ['headline', { headline: '', company: 'Simens AG', location: 'Köln' }, { company: 'Simens AG', location: 'Köln' }],
    ['location', { headline: 'Einkauf', company: 'Simens AG', location: '' }, { headline: 'Einkauf', company: 'Simens AG' }],
    ['all three', { headline: '', company: '', location: '' }, {}],
    ['none (a corrected company)', { headline: 'Einkauf', company: 'Siemens AG', location: 'Köln' }, { headline: 'Einkauf', company: 'Siemens AG', location: 'Köln' }],
  ])('emptying the %s', async (_name, fields, expected) => {
    const j = await journal();
    const client = createClient((message) => j.handle(message, PAGE));
    const out: { current?: ReturnType<typeof usePerson> } = {};
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(async () => render(h(Probe, { client, id: j.id, out }), root));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    await act(async () => {
      await out.current!.actions.onSaveDetails({ displayName: 'Clara Roth', ...fields, keepInTouchDays: null });
    });
    const stored = await j.stored();
    const kept = Object.fromEntries(['headline', 'company', 'location'].filter((k) => k in stored).map((k) => [k, stored[k as keyof typeof stored]]));
    expect(kept).toEqual(expected); // the key is gone, not kept as an empty string
  });
});

describe('person/update', () => {
  it.each([
    ['null removes the field', { company: null }, true, undefined],
    ['absent leaves it', { notes: 'x' }, true, 'Simens AG'],
    ['a new value sets it', { company: 'Siemens AG' }, true, 'Siemens AG'],
    ['a number is refused (the schema stays strict)', { company: 7 }, false, 'Simens AG'],
    ['null for the name is refused (a person needs one)', { displayName: null }, false, 'Simens AG'],
  ])('%s', async (_name, patch, ok, company) => {
    const j = await journal();
    const res = await j.handle({ type: 'person/update', payload: { personId: j.id, patch } }, PAGE);
    expect(res.ok).toBe(ok);
    expect((await j.stored()).company).toBe(company);
  });
});
