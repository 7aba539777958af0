import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import type { TabActions } from '../../../utils/journal/tab-actions';
import { clipNotes } from '../../../utils/journal/profile-card';
import { createRouter } from '../../../utils/messaging/router';
import { cardView } from '../../../components/inpage/profile-card-view';
import { translatorFromMessages } from '../../../utils/i18n';
import { CARD_WORDS } from '../../../utils/messaging/card-protocol';
import en from '../../../public/_locales/en/messages.json';
import { dumpAll, testDeps } from '../helpers/journal';
import { POPUP, SELF, tab } from '../integrity/router-helpers';

const ANNA = 'https://www.xing.com/profile/Anna_Berg';
const UWE = 'https://www.xing.com/profile/Uwe_Klein';
const LI_ANNA = 'https://www.linkedin.com/in/anna-berg/';

type Answer = { ok: boolean; data?: any; error?: { code: string } };
const tEn = translatorFromMessages(en);
const NOW = Date.UTC(2026, 2, 20, 9);

/** The real router and handlers over a fresh journal, with tab actions that record what they were asked. */
async function setup() {
  const t = await testDeps();
  const cards: number[] = [];
  const opened: string[] = [];
  const tabs: TabActions = {
    loadReader: async () => undefined,
    showCard: async (tabId) => void cards.push(tabId),
    openDashboard: async (hash) => void opened.push(hash),
    // As the background entrypoint words it, in English and at a fixed time.
    presentCard: (data) => ({ lang: 'en', view: cardView(data, { t: tEn, locale: 'en-GB', now: NOW }), words: Object.fromEntries(CARD_WORDS.map((k) => [k, tEn(k, '$1')])) as never }),
  };
  const handle = createRouter(createHandlers(t.deps, tabs), SELF) as (m: unknown, s: unknown) => Promise<Answer>;
  const send = (type: string, payload: object, sender = POPUP) => handle({ type, payload }, sender);
  const read = async (url: string, name: string) => {
    const platform = url.includes('xing') ? 'xing' : 'linkedin';
    const res = await send('capture/profile', { platform, url, facts: { name } }, tab(url, 7));
    return res.data.personId as string;
  };
  /** What the card script of a tab on `url` is told to show. */
  const card = async (url: string, tabId = 7) => {
    const res = await send('inpage/person', { platform: url.includes('xing') ? 'xing' : 'linkedin', url }, tab(url, tabId));
    expect(res.ok, JSON.stringify(res)).toBe(true);
    return res.data as { show: boolean; card: null | { key: string; lang: string; view: { title: string; canOpen: boolean; lines: { id: string; text: string }[]; notes: string[]; tags?: string }; words: Record<string, string> } };
  };
  const texts = (c: Awaited<ReturnType<typeof card>>) => c.card?.view.lines.map((l) => l.text) ?? [];
  return { ...t, cards, opened, send, read, card, texts };
}

describe('the recognition card on profiles', () => {
  let j: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    j = await setup();
  });

  it('loads no card for a person who was only read, nor for a profile the journal never saw', async () => {
    await j.read(ANNA, 'Anna Berg');
    expect(await j.send('inpage/profile-opened', { platform: 'xing', key: 'Anna_Berg' }, tab(ANNA, 7))).toEqual({ ok: true, data: { card: false } });
    expect(await j.send('inpage/profile-opened', { platform: 'xing', key: 'Uwe_Klein' }, tab(UWE, 8))).toEqual({ ok: true, data: { card: false } });
    expect(await j.card(ANNA)).toEqual({ show: true, card: null });
    expect(j.cards).toEqual([]);
  });

  it.each([
    ['a meeting', async (id: string) => j.send('meeting/log', { personId: id, eventName: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14, 12), notes: 'Supplier audits' })],
    ['notes', async (id: string) => j.send('person/update', { personId: id, patch: { notes: 'Knows the buyer at Miele' } })],
    ['tags', async (id: string) => j.send('person/update', { personId: id, patch: { tags: ['kunde'] } })],
    ['a keep-in-touch cadence', async (id: string) => j.send('person/update', { personId: id, patch: { keepInTouchDays: 90 } })],
  ])('loads the card into the sender tab once the user logged %s', async (_what, make) => {
    const id = await j.read(ANNA, 'Anna Berg');
    expect((await make(id)).ok).toBe(true);
    expect(await j.send('inpage/profile-opened', { platform: 'xing', key: 'Anna_Berg' }, tab(ANNA, 7))).toEqual({ ok: true, data: { card: true } });
    expect(j.cards).toEqual([7]);
    expect(await j.card(ANNA)).toMatchObject({ show: true, card: { key: 'Anna_Berg', lang: 'en', view: { title: 'Anna Berg', canOpen: true }, words: { card_dismiss: 'Hide this card' } } });
  });

  it('says where and when you met, the open follow-up, and the last meeting\'s note', async () => {
    const id = await j.read(ANNA, 'Anna Berg');
    await j.send('meeting/log', { personId: id, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt', at: Date.UTC(2026, 2, 14, 12), notes: 'Supplier audits' });
    const shown = await j.card(ANNA);
    expect(j.texts(shown)).toEqual(['Met at AUFSCHWUNG-Messe on 14 Mar 2026 in Frankfurt', expect.stringMatching(/^Follow-up (due|overdue)/)]);
    expect(shown.card?.view.notes).toEqual(['Supplier audits']);
    // The words of the card's controls, with the place for a reason kept for the card to fill.
    expect(shown.card?.words.card_openFailed).toBe('The journal could not be opened: $1');
  });

  it('one card for a person linked on both sites, read from either profile', async () => {
    const xingId = await j.read(ANNA, 'Anna Berg');
    const linkedinId = await j.read(LI_ANNA, 'Anna Berg');
    await j.send('person/merge', { keepId: xingId, mergeId: linkedinId });
    await j.send('person/update', { personId: xingId, patch: { tags: ['messe'] } });
    const shown = await j.card(LI_ANNA, 9);
    expect(shown.card).toMatchObject({ key: 'anna-berg', view: { title: 'Anna Berg', tags: 'Tags: messe' } });
    expect(j.texts(shown)).toContain('The same person on XING and LinkedIn');
  });

  it('shows the blocklist mark even for a profile only on the blocklist', async () => {
    await j.send('blocklist/import', { text: JSON.stringify([{ platform: 'xing', key: 'Uwe_Klein', name: 'Uwe', reason: 'Sammler', date: '2026-01-05T10:00:00Z' }]) });
    const shown = await j.card(UWE, 8);
    expect(shown.card?.view.canOpen).toBe(false);
    expect(j.texts(shown)).toEqual(['On your blocklist since 5 Jan 2026: Sammler']);
  });

  it('shows no card once the tab moved on in place to a page that is no profile', async () => {
    const id = await j.read(ANNA, 'Anna Berg');
    await j.send('person/update', { personId: id, patch: { notes: 'x' } });
    expect(await j.card('https://www.xing.com/contacts/requests')).toEqual({ show: true, card: null });
  });

  it('shows nothing and loads nothing while in-page results are off ("only in the popup")', async () => {
    const id = await j.read(ANNA, 'Anna Berg');
    await j.send('person/update', { personId: id, patch: { notes: 'x' } });
    await j.send('settings/update', { patch: { inPageBadges: false } });
    expect(await j.send('inpage/profile-opened', { platform: 'xing', key: 'Anna_Berg' }, tab(ANNA, 7))).toEqual({ ok: true, data: { card: false } });
    expect(await j.card(ANNA)).toEqual({ show: false, card: null });
    expect(j.cards).toEqual([]);
  });

  it('opens the person page, or its meeting form, for the profile the tab shows', async () => {
    const id = await j.read(ANNA, 'Anna Berg');
    await j.send('person/update', { personId: id, patch: { tags: ['kunde'] } });
    expect((await j.send('inpage/open-person', { platform: 'xing', key: 'Anna_Berg', to: 'meeting' }, tab(ANNA, 7))).ok).toBe(true);
    expect((await j.send('inpage/open-person', { platform: 'xing', key: 'Anna_Berg', to: 'person' }, tab(ANNA, 7))).ok).toBe(true);
    expect(j.opened).toEqual([`#person/${id}/meeting`, `#person/${id}`]);
  });

  const refused: [string, string, object, string][] = [
    ['another profile than the tab shows', 'inpage/person', { platform: 'xing', url: ANNA }, UWE],
    ['a profile from a request-list tab', 'inpage/profile-opened', { platform: 'xing', key: 'Anna_Berg' }, 'https://www.xing.com/contacts/requests'],
    ['the other site\'s profile', 'inpage/person', { platform: 'linkedin', url: LI_ANNA }, ANNA],
    ['opening another person\'s page', 'inpage/open-person', { platform: 'xing', key: 'Anna_Berg', to: 'person' }, UWE],
  ];
  it.each(refused)('refuses %s and changes nothing', async (_name, type, payload, senderUrl) => {
    const id = await j.read(ANNA, 'Anna Berg');
    await j.send('person/update', { personId: id, patch: { notes: 'private' } });
    const before = await dumpAll(j.deps);
    expect(await j.send(type, payload, tab(senderUrl, 8))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await dumpAll(j.deps)).toEqual(before);
    expect(j.cards).toEqual([]);
    expect(j.opened).toEqual([]);
  });

  it('is for content scripts only: an extension page gets forbidden-sender', async () => {
    expect(await j.send('inpage/person', { platform: 'xing', url: ANNA })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('cuts long notes at a whole character', () => {
    expect(clipNotes('  short  ')).toBe('short');
    const long = `${'a'.repeat(279)}😀😀 and more`;
    const clipped = clipNotes(long);
    expect(clipped.endsWith('…')).toBe(true);
    expect([...clipped.slice(0, -1)].every((ch) => ch !== '\uD83D')).toBe(true);
    expect(clipped.length).toBeLessThanOrEqual(282);
  });
});
