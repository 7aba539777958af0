// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PagePanel } from '../../../components/popup/PagePanel';
import type { JournalActions } from '../../../components/popup/PersonPanel';
import { Identity } from '../../../utils/model/people';
import { card, LINKEDIN_LIST, pendingKeys, routedJournal, tab } from './router-helpers';
import { renderInto } from './render';

const NO_JOURNAL: JournalActions = { eventNames: [], now: 0, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} };

// Issue 13, break 3: `Identity.id` (`platform:key`) allowed 100 characters while keys may be 200, so a key of
// 92-100 characters was never stored, and one such card lost the whole list.
describe('one limit for profile keys and the ids made of them (break 3)', () => {
  const longKey = (n: number, c = 'k') => `${c}-${'x'.repeat(n - 2)}`;

  it('an identity id holds the longest key', () => {
    const key = 'k'.repeat(200);
    expect(Identity.safeParse({ v: 1, id: `linkedin:${key}`, platform: 'linkedin', key, personId: 'p', url: 'https://www.linkedin.com/in/x/', firstSeenAt: 0, lastSeenAt: 0 }).success).toBe(true);
  });

  it('stores a list with keys of 92 to 200 characters, and a card that fails its shape costs only that card', async () => {
    const j = await routedJournal();
    const good = [card(longKey(92, 'a'), 'Ann'), card(longKey(100, 'b'), 'Bo'), card(longKey(200, 'c'), 'Cy'), card('short', 'Di')];
    const bad = { key: longKey(201, 'z'), name: 'Too Long Key', note: '' };
    const res = await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LINKEDIN_LIST, direction: 'received', requests: [...good, bad] } }, tab(LINKEDIN_LIST));
    expect(res).toMatchObject({ ok: true, data: { created: 4, refused: 1 } });
    expect(await pendingKeys(j.deps)).toEqual(good.map((c) => c.key).sort());
  });

  it('stores a profile whose key is 100 characters long', async () => {
    const j = await routedJournal();
    const key = longKey(100);
    const url = `https://www.linkedin.com/in/${key}/`;
    const res = await j.handle({ type: 'capture/profile', payload: { platform: 'linkedin', url, facts: { name: 'Long Key' } } }, tab(url));
    expect(res).toMatchObject({ ok: true, data: { created: true } });
  });

  it('keeps the messages of a sender whose key is 200 characters long', async () => {
    const j = await routedJournal();
    const key = longKey(200);
    await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LINKEDIN_LIST, direction: 'received', requests: [card(key, 'Long')] } }, tab(LINKEDIN_LIST));
    const chat = 'https://www.linkedin.com/messaging/thread/2-abc/';
    const res = await j.handle({ type: 'capture/messages', payload: { platform: 'linkedin', url: chat, messages: [{ senderKey: key, senderName: 'Long', text: 'Hallo' }] } }, tab(chat));
    expect(res).toEqual({ ok: true, data: { stored: 1, saved: 1 } });
  });

  it('the popup never shows the schema errors of a refused message', async () => {
    const j = await routedJournal();
    const refused = await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LINKEDIN_LIST, direction: 'received', requests: 'x' } }, tab(LINKEDIN_LIST));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const layout = renderInto(<PagePanel page={{ kind: 'layout', platform: 'linkedin', pageType: 'linkedin.invitations.received', ...refused.error, key: 'k' }} locale="en" onCapture={() => {}} onManualEntry={() => {}} journal={NO_JOURNAL} />);
    const failed = renderInto(<PagePanel page={{ kind: 'unknown-person', platform: 'linkedin', key: 'k', captureError: refused.error.message, captureCode: refused.error.code }} locale="en" onCapture={() => {}} onManualEntry={() => {}} journal={NO_JOURNAL} />);
    for (const el of [layout, failed]) {
      expect(el.textContent).toContain('could not store what this page showed');
      expect(el.textContent).not.toContain(refused.error.message);
      expect(el.textContent).not.toMatch(/expected|requests|payload/i);
    }
  });
});
