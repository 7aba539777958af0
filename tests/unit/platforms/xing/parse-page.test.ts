// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../../utils/platforms/detect';
import type { ParseContext } from '../../../../utils/platforms/facts';
import { parseXingPage } from '../../../../utils/platforms/xing/parse-page';
import { parseXingProfilePage } from '../../../../utils/platforms/xing/parse-profile-page';
import { xingDetectors } from '../../../../utils/platforms/xing/urls';
import { FIXTURES, htmlDocument } from './fixture-pages';

// Edge cases around the fixtures: refusals, empty lists, skipped cards, the viewer's own name, stale SPA pages.

const NOW = Date.UTC(2026, 10, 23, 12, 0);
const ctx = (url: string): ParseContext => ({ url, now: NOW, tzOffsetMin: -60 });
const RECEIVED = 'https://www.xing.com/contacts/requests';
const PROFILE = 'https://www.xing.com/profile/Annika_Boehm3';

const HEADER = `<header role="banner"><a role="menuitem" href="https://www.xing.com/profile/Katrin_Vogel4"><span data-xds="Headline">Katrin Vogel</span></a>
  <img src="x.jpg" alt="Katrin Vogel"></header>`;
const page = (main: string) => `<html><body>${HEADER}<main id="content">${main}</main>
  <script type="application/json">{"pageName":"Annika_Boehm3","displayName":"Annika Böhm","contactDegree":2}</script></body></html>`;

function card(key: string, name: string, extra = ''): string {
  return `<li data-testid="contact-request-card">
    <a href="https://www.xing.com/profile/${key}" data-testid="request-card-name"><h3 data-xds="Headline">${name}</h3></a>
    <p data-testid="request-card-occupation">Projektleiter bei Rheinblick Bau GmbH</p>
    <p data-testid="request-card-date"><time>vor 3 Tagen</time></p>${extra}
    <button data-testid="request-card-accept">Annehmen</button><button data-testid="request-card-decline">Ablehnen</button></li>`;
}

describe('page type and refusals', () => {
  it('does not read URLs it does not know, nor other sites', () => {
    expect(parseXingPage(htmlDocument(page('')), ctx('https://www.xing.com/jobs/find'))).toMatchObject({
      ok: false,
      error: { code: 'unsupported-page', pageType: null },
    });
    expect(parseXingPage(htmlDocument(page('')), ctx('https://www.linkedin.com/in/jana-schmidt/'))).toMatchObject({
      ok: false,
      error: { code: 'unsupported-page' },
    });
  });

  it('refuses a login form served at the requests URL', () => {
    const doc = htmlDocument(page('<form><input name="username"><input type="password" name="password"></form>'));
    expect(parseXingPage(doc, ctx(RECEIVED))).toMatchObject({ ok: false, error: { code: 'system-page', pageType: 'xing.login' } });
  });

  it('refuses an English login wall at a profile URL', () => {
    const doc = htmlDocument(page('<section><h1>Log in to see the full profile</h1><a href="https://login.xing.com/">Log in</a></section>'));
    expect(parseXingPage(doc, ctx(PROFILE))).toMatchObject({ ok: false, error: { code: 'system-page', pageType: 'xing.loginwall' } });
  });

  it('names an unknown profile layout instead of guessing from <title> or JSON', () => {
    const doc = htmlDocument(`<html><head><title>Annika Böhm | XING</title></head><body>${HEADER}<main><h1>Annika Böhm</h1></main></body></html>`);
    expect(parseXingPage(doc, ctx(PROFILE))).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', pageType: 'xing.profile' } });
  });
});

describe('profile', () => {
  it('never takes the viewer (header) or a JSON block as the person', () => {
    const doc = htmlDocument(page('<section data-testid="xing-id-module"><div data-xds="ProfileImage"><img src="a.jpg" alt=""></div></section>'));
    expect(parseXingPage(doc, ctx(PROFILE))).toMatchObject({ ok: false, error: { code: 'missing-name', field: 'name' } });
  });

  it('takes a weak name (photo alt) only when it fits the page name of the URL', () => {
    const module = (alt: string) => page(`<section data-testid="xing-id-module"><img src="a.jpg" alt="${alt}"></section>`);
    const fits = parseXingPage(htmlDocument(module('Annika Böhm')), ctx(PROFILE));
    expect(fits.ok && fits.page.person).toEqual({ key: 'Annika_Boehm3', facts: { name: 'Annika Böhm' } });
    expect(parseXingPage(htmlDocument(module('Felix Hartung')), ctx(PROFILE)).ok).toBe(false);
  });

  it('refuses a header that belongs to another member than the URL (SPA still loading)', () => {
    const doc = htmlDocument(
      page('<section data-testid="xing-id-module"><h1 data-xds="Hero">Rahul Mehta</h1><a href="https://www.xing.com/chats/new/Rahul_Mehta">Nachricht</a></section>'),
    );
    expect(parseXingPage(doc, ctx(PROFILE))).toMatchObject({ ok: false, error: { code: 'missing-key', field: 'key' } });
  });

  it('takes the key from the URL, never from the page', () => {
    const doc = htmlDocument(page('<section data-testid="xing-id-module"><h1 data-xds="Hero">Annika Böhm</h1></section>'));
    const result = parseXingPage(doc, ctx('https://www.xing.com/profile/Annika_Boehm3/cv'));
    expect(result.ok && result.page.person?.key).toBe('Annika_Boehm3');
  });

  it('the profile reader leaves other page types to the full reader', () => {
    expect(parseXingProfilePage(htmlDocument(page('')), ctx(RECEIVED))).toMatchObject({ ok: false, error: { code: 'unsupported-page', pageType: 'xing.requests.received' } });
  });
});

describe('request lists', () => {
  it('reads an empty list as requests: [] when the list is shown', () => {
    const doc = htmlDocument(page('<h1>Kontaktanfragen</h1><ul data-testid="contact-requests-list" role="list"></ul>'));
    expect(parseXingPage(doc, ctx(RECEIVED))).toEqual({ ok: true, page: { pageType: 'xing.requests.received', requests: [] } });
  });

  it('reads an empty-state text (both languages) as requests: []', () => {
    for (const text of ['Keine offenen Kontaktanfragen', 'You have no open contact requests.']) {
      const doc = htmlDocument(page(`<h1>Kontaktanfragen</h1><div><p>${text}</p></div>`));
      expect(parseXingPage(doc, ctx(RECEIVED))).toEqual({ ok: true, page: { pageType: 'xing.requests.received', requests: [] } });
    }
  });

  it('names a page without a list, or with entries it cannot read, as layout-not-recognised', () => {
    const none = htmlDocument(page('<h1>Kontaktanfragen</h1>'));
    expect(parseXingPage(none, ctx(RECEIVED))).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
    const unread = htmlDocument(page('<ul data-testid="contact-requests-list"><li><a href="/profile/Felix_Gaertner">Felix Gärtner</a></li></ul>'));
    expect(parseXingPage(unread, ctx(RECEIVED))).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
  });

  it('skips a card without name or key and reports it, keeping the good cards whole', () => {
    const noName = `<li data-testid="contact-request-card"><a href="https://www.xing.com/profile/Sandra_Pohl4"><img src="p.jpg" alt=""></a>
      <button data-testid="request-card-accept">Annehmen</button></li>`;
    const noKey = `<li data-testid="contact-request-card"><h3>Dirk Stallmann</h3><button data-testid="request-card-accept">Annehmen</button></li>`;
    const doc = htmlDocument(page(`<ul data-testid="contact-requests-list">${card('Felix_Gaertner', 'Felix Gärtner')}${noName}${noKey}</ul>`));
    const result = parseXingPage(doc, ctx(RECEIVED));
    expect(result.ok && result.page.requests?.map((r) => r.key)).toEqual(['Felix_Gaertner']);
    expect(result.ok && result.page.skipped?.map((e) => [e.code, e.field])).toEqual([
      ['missing-field', 'name'],
      ['missing-field', 'key'],
    ]);
  });

  it('reads a placeholder note as "" and keeps paragraph breaks of a real note', () => {
    const placeholder = '<div><p>Keine persönliche Nachricht</p></div>';
    const note = '<figure data-testid="request-card-message"><p>Hallo Frau Vogel,\nbis bald!</p></figure>';
    const doc = htmlDocument(page(`<ul data-testid="contact-requests-list">${card('Felix_Gaertner', 'Felix Gärtner', placeholder)}${card('Sandra_Pohl4', 'Sandra Pohl', note)}</ul>`));
    const result = parseXingPage(doc, ctx(RECEIVED));
    expect(result.ok && result.page.requests?.map((r) => r.note)).toEqual(['', 'Hallo Frau Vogel,\nbis bald!']);
  });
});

describe('messages', () => {
  const CHAT = 'https://www.xing.com/chats/1234567_987654';

  it('reads the chat list without an open conversation as messages: []', () => {
    const doc = htmlDocument(page('<section data-testid="chat-list"><ul><li><a href="https://www.xing.com/chats/1">Ralf Menzel</a></li></ul></section>'));
    expect(parseXingPage(doc, ctx('https://www.xing.com/chats'))).toEqual({ ok: true, page: { pageType: 'xing.messages', messages: [] } });
  });

  it('names a page without a conversation as layout-not-recognised', () => {
    expect(parseXingPage(htmlDocument(page('<h1>Nachrichten</h1>')), ctx(CHAT))).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
  });

  it('skips a message without text and leaves system lines out', () => {
    const doc = htmlDocument(
      page(`<ol role="log">
        <li data-testid="chat-system-message"><p>Ralf Menzel hat Deine Kontaktanfrage angenommen.</p></li>
        <li data-testid="message-group"><a data-testid="message-sender" href="https://www.xing.com/profile/Ralf_Menzel2"><span data-xds="Headline">Ralf Menzel</span></a>
          <div data-testid="message-bubble"><p></p><time>09:15</time></div>
          <div data-testid="message-bubble"><p>Hallo!</p><time>09:16</time></div></li></ol>`),
    );
    const result = parseXingPage(doc, ctx(CHAT));
    expect(result.ok && result.page.messages?.map((m) => [m.senderKey, m.senderName, m.text, m.time?.text])).toEqual([['Ralf_Menzel2', 'Ralf Menzel', 'Hallo!', '09:16']]);
    expect(result.ok && result.page.skipped?.map((e) => e.field)).toEqual(['text']);
  });
});

describe('fixture URLs', () => {
  it('detects every fixture URL as the manifest says (a login wall is only told apart by content)', () => {
    for (const entry of FIXTURES) {
      const want = entry.pageType === 'xing.loginwall' ? 'xing.profile' : entry.pageType;
      expect(detectPage(entry.url)?.type, entry.url).toBe(want);
    }
  });

  it('keeps every example URL of the XING detectors on its own detector only', () => {
    for (const detector of xingDetectors) {
      for (const example of detector.examples) {
        const hits = xingDetectors.filter((d) => d.test(new URL(example)) !== null).map((d) => d.type);
        expect(hits, example).toEqual([detector.type]);
      }
    }
  });
});

describe('old request list without hooks: the member is the page name the card links most', () => {
  it('does not take a mutual contact linked in the card as the member', () => {
    const oldCard = (key: string, name: string) => `<li>
      <div><a href="/profile/${key}"><img src="p.jpg" alt="${name}"></a></div>
      <div><span><a href="/profile/${key}">${name}</a></span>
        <p>Vertriebsleiter bei Weber &amp; Söhne GmbH</p>
        <p><span>Erhalten:</span> <span>vor 3 Tagen</span> · <a href="/app/contact?op=showroutes;name=${key}">8 gemeinsame Kontakte</a></p>
        <div><p>Hallo, <a href="/profile/Tobias_Lang" title="Tobias Lang">Tobias Lang</a> meinte, ich soll mich melden.</p></div>
        <ul><li><a href="/app/contact?op=confirm;name=${key};token=x">Annehmen</a></li>
          <li><a href="#delete-contact-lightbox" title="Kontaktanfrage ablehnen">Ablehnen</a></li></ul></div></li>`;
    const doc = htmlDocument(page(`<ul>${oldCard('Jonas_Weber5', 'Jonas Weber')}${oldCard('Kemal_Aydin', 'Kemal Aydın')}</ul>`));
    const result = parseXingPage(doc, ctx('https://www.xing.com/app/contact?op=toconfirm'));
    expect(result.ok && result.page.requests?.map((r) => [r.key, r.name, r.headline, r.time?.text, r.mutualCount, r.actions])).toEqual([
      ['Jonas_Weber5', 'Jonas Weber', 'Vertriebsleiter bei Weber & Söhne GmbH', 'vor 3 Tagen', 8, ['accept', 'decline']],
      ['Kemal_Aydin', 'Kemal Aydın', 'Vertriebsleiter bei Weber & Söhne GmbH', 'vor 3 Tagen', 8, ['accept', 'decline']],
    ]);
    expect(result.ok && result.page.requests?.[0]?.note).toBe('Hallo, Tobias Lang meinte, ich soll mich melden.');
  });
});
