// Shared by the in-page UI's tests: the real pills, rich badge and profile card on the saved pages (happy-dom), their
// messages through the real router and handlers over a fake-indexeddb journal; every closed shadow root we attach is
// recorded so a test can read what the user sees (the page itself cannot).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { startInPage } from '../../../../utils/platforms/common/actions/inpage-badges';
import { installRich } from '../../../../utils/platforms/common/actions/inpage-rich';
import { runningIn, INPAGE_SLOT } from '../../../../utils/platforms/common/actions/inpage-slot';
import { invitationCards } from '../../../../utils/platforms/linkedin/parse-invitations';
import { linkedinDetectors } from '../../../../utils/platforms/linkedin/urls';
import { findRequestCards } from '../../../../utils/platforms/xing/request-cards';
import { xingDetectors } from '../../../../utils/platforms/xing/urls';
import { parseLinkedinPage } from '../../../../utils/platforms/linkedin/parse-page';
import { parseXingPage } from '../../../../utils/platforms/xing/parse-page';
import { POPUP, LINKEDIN_LIST, routedJournal, SELF, tab } from '../../integrity/router-helpers';
import { startCard } from '../../../../utils/platforms/common/actions/inpage-card';
import { CARD_SLOT } from '../../../../utils/platforms/common/actions/inpage-slot';
import { createHandlers } from '../../../../utils/journal/handlers';
import { createRouter } from '../../../../utils/messaging/router';
import { cardView } from '../../../../components/inpage/profile-card-view';
import { CARD_WORDS } from '../../../../utils/messaging/card-protocol';
import { translatorFromMessages } from '../../../../utils/i18n';
import { testDeps } from '../../helpers/journal';

export const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export const FIX = join(__dirname, '../../../fixtures');

/** Every closed shadow root we attach, so the test can read what the user sees. */
export const roots: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

export function load(url: string, file: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(join(FIX, file), 'utf8');
  document.documentElement.innerHTML = html.replace(/<link[^>]*>/g, '').replace(/<script[\s\S]*?<\/script>/gi, '').replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

export const flush = async (n = 30) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 5));
};

export async function journalFor(url: string) {
  const j = await routedJournal();
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((m: unknown) => j.handle(m, tab(url))) as never);
  return j;
}

/** The hooks every in-page test file uses: records our shadow roots, English words, stops what a test started. */
export function useInPage(): void {
beforeEach(() => {
  roots.length = 0;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const r = realAttach.call(this, init);
    roots.push(r);
    return r;
  });
  (browser as unknown as { i18n: unknown }).i18n = {
    // As the browser does: each $NAME$ by its placeholder's $n.
    getMessage: (key: string, subs?: string | string[]) => {
      const entry = en[key];
      const list = typeof subs === 'string' ? [subs] : subs ?? [];
      return (entry?.message ?? '').replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
        const n = /^\$(\d)$/.exec(entry?.placeholders?.[name.toLowerCase()]?.content ?? '')?.[1];
        return n ? list[Number(n) - 1] ?? '' : '';
      });
    },
    getUILanguage: () => 'en',
  };
});
afterEach(() => {
  runningIn(INPAGE_SLOT)?.stop('test end');
  runningIn(CARD_SLOT)?.stop('test end');
});
}

/** Our hosts on the page (found through the shadow roots we attached: the page has no selector for them). */
export const hosts = () => roots.map((r) => r.host).filter((h) => h.isConnected);
export const hostsIn = (el: Element) => hosts().filter((h) => el.contains(h));
export const textOf = (host: Element) => roots.find((r) => r.host === host)?.textContent ?? '';

export async function listWithBadges(url = LINKEDIN_LIST, file = 'linkedin/invitations-received-2026-en.html') {
  load(url, file);
  const j = await journalFor(url);
  const parsed = parseLinkedinPage(document, { url, now: Date.now(), tzOffsetMin: 0 });
  const reqs = parsed.ok ? parsed.page.requests ?? [] : [];
  await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url, direction: 'received', requests: reqs } }, tab(url));
  startInPage({ platform: 'linkedin', detectors: linkedinDetectors, cards: invitationCards });
  await flush();
  return { j, reqs };
}
export const cardOf = (key: string) => invitationCards(document).find((c) => c.querySelector(`a[href*="/in/${key}"]`))!;
export const badgeText = (card: Element) => hostsIn(card).map(textOf);


export const LISTS: { site: 'xing' | 'linkedin'; file: string; url: string; pageType: string }[] = (['xing', 'linkedin'] as const).flatMap((site) =>
  (JSON.parse(readFileSync(join(FIX, site, 'fixtures.json'), 'utf8')) as { file: string; url: string; pageType: string }[])
    .filter((f) => /\.(received|sent)$/.test(f.pageType))
    .map((f) => ({ site, ...f })),
);

export async function anyList(site: 'xing' | 'linkedin', file: string, url: string) {
  load(url, `${site}/${file}`);
  const j = await journalFor(url);
  const parsed = (site === 'xing' ? parseXingPage : parseLinkedinPage)(document, { url, now: Date.now(), tzOffsetMin: 0 });
  const reqs = parsed.ok ? parsed.page.requests ?? [] : [];
  const direction = /sent/.test(parsed.ok ? parsed.page.pageType ?? '' : '') ? 'sent' : 'received';
  await j.handle({ type: 'capture/requests', payload: { platform: site, url, direction: reqs[0]?.direction ?? direction, requests: reqs } }, tab(url));
  const cards = site === 'xing' ? findRequestCards : invitationCards;
  startInPage({ platform: site, detectors: site === 'xing' ? xingDetectors : linkedinDetectors, cards: cards as never });
  await flush();
  return { j, reqs, cards: () => (site === 'xing' ? findRequestCards(document, url) : invitationCards(document)) };
}

export const PROFILE = 'https://www.linkedin.com/in/lucas-moreau/';
export async function cardOnProfile() {
  load(PROFILE, 'linkedin/profile-2026-en.html');
  const t = await testDeps();
  const tEn = translatorFromMessages(en as never);
  const presentCard = (data: Parameters<typeof cardView>[0]) => ({ lang: 'en' as const, view: cardView(data, { t: tEn, locale: 'en-GB', now: t.deps.now() }), words: Object.fromEntries(CARD_WORDS.map((k) => [k, tEn(k, '$1')])) as never });
  const handle = createRouter(createHandlers(t.deps, { presentCard } as never), SELF);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((m: unknown) => handle(m, tab(location.href))) as never);
  const parsed = parseLinkedinPage(document, { url: PROFILE, now: Date.now(), tzOffsetMin: 0 });
  const captured = await handle({ type: 'capture/profile', payload: { platform: 'linkedin', url: PROFILE, facts: parsed.ok ? parsed.page.person!.facts : ({} as never), auto: true } }, tab(PROFILE));
  expect(captured.ok).toBe(true);
  const personId = (captured as { data: { personId: string } }).data.personId;
  expect((await handle({ type: 'meeting/log', payload: { personId, eventName: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14) } }, POPUP)).ok).toBe(true);
  startCard();
  await flush();
  const host = hosts()[0]!;
  return { host, root: roots.find((r) => r.host === host)! };
}

