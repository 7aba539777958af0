import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import type { ResponseOf } from '../../../utils/messaging/protocol';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { testDeps } from '../helpers/journal';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const POPUP: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const LIST: SenderInfo = { id: 'ext', url: 'https://www.linkedin.com/mynetwork/invitation-manager/', tab: { id: 1 }, frameId: 0 };
const HOUR = 3_600_000;

type Pending = { request: { id: string; key: string }; score?: { value: number; band: string; reasons: { id: string; key: string }[] } };

describe('scores in the pending list', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const pending = async () => {
    const res = await handle({ type: 'requests/pending', payload: {} }, POPUP);
    if (!res.ok) throw new Error(res.error.message);
    return (res.data as { items: Pending[] }).items;
  };
  const capture = (cards: { key: string; name: string; note: string }[]) =>
    handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LIST.url, direction: 'received', requests: cards } }, LIST);

  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
  });

  it('scores every pending request with its band and reasons, and flags a template sent by several people', async () => {
    const template = (name: string) => `Hi ${name}, I came across your profile and would love to expand my network with like-minded professionals. Let's connect!`;
    await capture([
      { key: 'anna-mayer', name: 'Anna Mayer', note: template('Katrin') },
      { key: 'ben-olsen', name: 'Ben Olsen', note: template('Katrin') },
      { key: 'cem-aydin', name: 'Cem Aydın', note: template('Katrin') },
      { key: 'dora-weiss', name: 'Dora Weiss', note: 'Danke für das Gespräch gestern am Stand auf der Hannover Messe, wie besprochen schicke ich Ihnen die Zeichnungen für die Präzisionsteile.' },
    ]);
    const items = await pending();
    const byKey = new Map(items.map((i) => [i.request.key, i.score!]));
    expect(byKey.get('anna-mayer')?.band).toBe('collector');
    expect(byKey.get('anna-mayer')?.reasons.map((r) => r.id)).toContain('same-text-others');
    expect(byKey.get('dora-weiss')?.band).toBe('genuine');
    for (const score of byKey.values()) expect(score.value).toBeGreaterThanOrEqual(0);
  });

  it('learns from verdicts: three similar requests marked as collector raise a fourth, forgetting restores it', async () => {
    const pitch = [
      'Guten Tag, unser Team optimiert Beschaffungsprozesse mit einer neuen Plattform für Einkäufer im Maschinenbau, ich zeige sie Ihnen gern.',
      'Hallo, wir optimieren Beschaffungsprozesse im Maschinenbau mit unserer neuen Plattform für Einkäufer und zeigen sie Ihnen gern.',
      'Servus, unsere neue Plattform für Einkäufer optimiert Beschaffungsprozesse im Maschinenbau, gern stelle ich sie Ihnen vor.',
    ];
    await capture(pitch.map((note, i) => ({ key: `seller-${i}`, name: `Seller ${i}`, note })));
    t.advance(30 * 24 * HOUR); // weeks later, so no burst signal mixes in
    await capture([{ key: 'seller-new', name: 'Neue Verkäuferin', note: 'Hallo, unsere Plattform für Einkäufer im Maschinenbau optimiert Beschaffungsprozesse, ich stelle sie Ihnen gern kurz vor.' }]);
    const before = (await pending()).find((i) => i.request.key === 'seller-new')!.score!;
    const ids = (await pending()).filter((i) => i.request.key.startsWith('seller-') && i.request.key !== 'seller-new').map((i) => i.request.id);
    for (const requestId of ids) await handle({ type: 'verdict/set', payload: { requestId, verdict: 'spam' } }, POPUP);
    const after = (await pending()).find((i) => i.request.key === 'seller-new')!.score!;
    expect(after.value).toBeGreaterThan(before.value);
    expect(after.reasons.map((r) => r.key).some((k) => k.startsWith('sigLearnedCollector'))).toBe(true);
    for (const requestId of ids) await handle({ type: 'verdict/clear', payload: { requestId } }, POPUP);
    expect((await pending()).find((i) => i.request.key === 'seller-new')!.score).toEqual(before);
  });

  it('a note naming what the user wrote under "About you" counts as written for her; removing it restores the score', async () => {
    const note = 'Hallo Katrin, wir haben uns am Stand auf der AUFSCHWUNG-Messe 2026 unterhalten, gern vernetze ich mich mit Ihnen.';
    await capture([{ key: 'dora-weiss', name: 'Dora Weiss', note }]);
    const score = async () => (await pending()).find((i) => i.request.key === 'dora-weiss')!.score!;
    const before = await score();
    expect(before.reasons.map((r) => r.id)).not.toContain('specific-to-you');

    const me = { name: 'Katrin Vogel', company: 'Vogel Präzisionstechnik GmbH', events: ['AUFSCHWUNG-Messe 2026'] };
    expect((await handle({ type: 'settings/update', payload: { patch: { me } } }, POPUP)).ok).toBe(true);
    const after = await score();
    expect(after.reasons.map((r) => r.id)).toContain('specific-to-you');
    expect(after.value).toBeLessThan(before.value);

    expect((await handle({ type: 'settings/update', payload: { patch: { me: {} } } }, POPUP)).ok).toBe(true);
    expect(await score()).toEqual(before);
  });

  it('a sender whose exact contact count grew by hundreds between two visits gets the contact-jump reason', async () => {
    const url = 'https://www.linkedin.com/in/max-sammler/';
    const tab: SenderInfo = { id: 'ext', url, tab: { id: 2 }, frameId: 0 };
    const visit = (count: number) => handle({ type: 'capture/profile', payload: { platform: 'linkedin', url, facts: { name: 'Max Sammler', contacts: { count, atLeast: false } } } }, tab);
    expect((await visit(212)).ok).toBe(true);
    t.advance(20 * 24 * HOUR);
    expect((await visit(634)).ok).toBe(true);
    await capture([{ key: 'max-sammler', name: 'Max Sammler', note: '' }]);
    const score = (await pending()).find((i) => i.request.key === 'max-sammler')!.score!;
    expect(score.reasons.find((r) => r.id === 'contact-jump')).toMatchObject({ key: 'sigContactsJumped' });
  });

  it("the popup's slim answer holds the same requests, senders, times, scores and verdicts as the full one", async () => {
    await capture([
      { key: 'anna-mayer', name: 'Anna Mayer', note: 'Hallo Frau Berg, danke für das Gespräch auf der Messe.' },
      { key: 'ben-olsen', name: 'Ben Olsen', note: '' },
    ]);
    const [first] = await pending();
    await handle({ type: 'verdict/set', payload: { requestId: first!.request.id, verdict: 'genuine' } }, POPUP);
    const fullRes = await handle({ type: 'requests/pending', payload: {} }, POPUP);
    const slimRes = await handle({ type: 'requests/popup', payload: {} }, POPUP);
    if (!fullRes.ok || !slimRes.ok) throw new Error('no answer');
    const full = { data: fullRes.data as ResponseOf<'requests/pending'> };
    const slim = { data: slimRes.data as ResponseOf<'requests/popup'> };
    expect(slim.data.total).toBe(full.data.total);
    // Exactly these fields: nothing of the records beyond what the list shows (histories, the person's notes, tags).
    expect(slim.data.items).toEqual(
      full.data.items.map(({ request, person, score, verdict }) => ({
        id: request.id,
        platform: request.platform,
        key: request.key,
        name: person.displayName,
        note: request.note,
        at: request.sentAt?.to ?? request.firstSeenAt,
        ...(person.headline ? { headline: person.headline } : {}),
        ...(score ? { score } : {}),
        ...(verdict ? { verdict } : {}),
      })),
    );
    expect(slim.data.items.find((i) => i.id === first!.request.id)?.verdict).toBe('genuine');

    // Before its scores (`unscored`, nothing kept): the same list and verdicts, no score.
    const earlyRes = await handle({ type: 'requests/popup', payload: { unscored: true } }, POPUP);
    if (!earlyRes.ok) throw new Error('no answer');
    const early = earlyRes.data as ResponseOf<'requests/popup'>;
    expect(early.total).toBe(slim.data.total);
    expect(early.items).toEqual(slim.data.items.map(({ score: _score, ...item }) => item));
    expect(early.items.every((i) => i.score === undefined)).toBe(true);
  });
});
