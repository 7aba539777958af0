// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PagePanel } from '../../../components/popup/PagePanel';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { ResponseOf } from '../../../utils/messaging/protocol';
import type { SenderInfo } from '../../../utils/messaging/senders';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { testDeps } from '../helpers/journal';
import { sendThrough } from '../integrity/router-helpers';
import { renderIn } from '../helpers/render-in';

// Issue 17 §3: on a profile, This page shows the person's open request with the score and reasons of the Requests tab.
const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const POPUP: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const XING_LIST: SenderInfo = { id: 'ext', url: 'https://www.xing.com/contacts/requests', tab: { id: 3 }, frameId: 0 };
const KEVIN_URL = 'https://www.xing.com/profile/Kevin_Brooks';
const KEVIN_TAB: SenderInfo = { id: 'ext', url: KEVIN_URL, tab: { id: 5 }, frameId: 0 };
const SPAM = 'Hallo, wir sind in der gleichen Gruppe. Lassen Sie uns Synergien nutzen, eine Win-Win-Situation! Kostenloses E-Book und Webinar für Sie.';

async function journal() {
  const t = await testDeps();
  const handle = createRouter(createHandlers(t.deps), SELF);
  const send = sendThrough(() => handle, POPUP);
  return { t, send };
}

type PopupItems = ResponseOf<'requests/popup'>;
type PersonAnswer = ResponseOf<'person/get'>;

describe("This page on the profile of someone with a pending request", () => {
  it.each([
    ['en', en, 'Collector?', 'Open request on XING'],
    ['de', de, 'Sammler?', 'Offene Anfrage auf XING'],
  ])('%s: the band, score and reasons of the Requests tab, and the open request', async (_lang, messages, band, line) => {
    const { t, send } = await journal();
    await send('capture/requests', { platform: 'xing', url: XING_LIST.url, direction: 'received', requests: [{ key: 'Kevin_Brooks', name: 'Kevin Brooks', note: SPAM }] }, XING_LIST);
    await send('capture/profile', { platform: 'xing', url: KEVIN_URL, facts: { name: 'Kevin Brooks', contacts: { count: 999, atLeast: true }, memberSince: '2026' } }, KEVIN_TAB);
    const popup = await send<PopupItems>('requests/popup', {});
    const score = popup.items[0]!.score!;
    expect(score.band).toBe('collector');
    const { view } = await send<PersonAnswer>('person/get', { platform: 'xing', key: 'Kevin_Brooks' });
    // The same score as the Requests tab, from the same shared scores.
    expect(view?.openRequests?.map((r) => [r.id, r.score?.value, r.score?.band])).toEqual([[popup.items[0]!.id, score.value, score.band]]);
    const root = renderIn(
      messages,
      <PagePanel
        page={{ kind: 'person', ...view! }}
        locale={_lang}
        onCapture={() => {}}
        onManualEntry={() => {}}
        journal={{ eventNames: [], now: t.deps.now(), onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} }}
      />,
    );
    const text = root.textContent ?? '';
    expect(text).toContain(`${band} ${score.value}`);
    expect(text).toContain(line);
    const reasons = [...root.querySelectorAll('.open-requests .reasons li')].map((li) => li.textContent ?? '');
    expect(reasons.length).toBeGreaterThan(0);
    // Reasons are worded in the UI language, never shown as their locale keys.
    for (const reason of reasons) expect(reason).not.toMatch(/[a-z]+_[a-zA-Z]+/);
  });

  it('a person without a pending request gets no request line', async () => {
    const { send } = await journal();
    await send('capture/profile', { platform: 'xing', url: KEVIN_URL, facts: { name: 'Kevin Brooks' } }, KEVIN_TAB);
    const { view } = await send<PersonAnswer>('person/get', { platform: 'xing', key: 'Kevin_Brooks' });
    expect(view?.openRequests).toBeUndefined();
  });
});

// Issue 17 §3: without an open request, This page still says what the profile alone shows.
describe('This page on a profile without an open request', () => {
  const panel = (messages: object, lang: string, view: NonNullable<PersonAnswer['view']>, now: number) =>
    renderIn(
      messages as typeof en,
      <PagePanel
        page={{ kind: 'person', ...view }}
        locale={lang}
        onCapture={() => {}}
        onManualEntry={() => {}}
        journal={{ eventNames: [], now, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} }}
      />,
    );

  it.each([
    ['en', en, 'From the profile alone (no open request)', 'Collector?'],
    ['de', de, 'Nach dem Profil allein (keine offene Anfrage)', 'Sammler?'],
  ])('%s: a capped count on a young profile gives the profile\'s band, score and reason', async (lang, messages, head, band) => {
    const { t, send } = await journal();
    await send('capture/profile', { platform: 'xing', url: KEVIN_URL, facts: { name: 'Kevin Brooks', contacts: { count: 999, atLeast: true }, memberSince: '2026' } }, KEVIN_TAB);
    const { view } = await send<PersonAnswer>('person/get', { platform: 'xing', key: 'Kevin_Brooks' });
    expect(view?.profileScore?.reasons.map((r) => r.id)).toEqual(['contact-count']);
    const text = panel(messages, lang, view!, t.deps.now()).textContent ?? '';
    expect(text).toContain(head);
    expect(text).toContain(`${band} ${view!.profileScore!.value}`);
  });

  it('an ordinary profile shows no profile score, and one with an open request shows the request\'s only', async () => {
    const { send } = await journal();
    await send('capture/profile', { platform: 'xing', url: KEVIN_URL, facts: { name: 'Kevin Brooks', contacts: { count: 120, atLeast: false }, memberSince: '2012' } }, KEVIN_TAB);
    expect((await send<PersonAnswer>('person/get', { platform: 'xing', key: 'Kevin_Brooks' })).view?.profileScore).toBeUndefined();
    await send('capture/profile', { platform: 'xing', url: KEVIN_URL, facts: { name: 'Kevin Brooks', contacts: { count: 999, atLeast: true }, memberSince: '2026' } }, KEVIN_TAB);
    await send('capture/requests', { platform: 'xing', url: XING_LIST.url, direction: 'received', requests: [{ key: 'Kevin_Brooks', name: 'Kevin Brooks', note: SPAM }] }, XING_LIST);
    const { view } = await send<PersonAnswer>('person/get', { platform: 'xing', key: 'Kevin_Brooks' });
    expect({ open: view?.openRequests?.length, profile: view?.profileScore }).toEqual({ open: 1, profile: undefined });
  });
});
