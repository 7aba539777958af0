// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageParse } from '../../../../utils/platforms/facts';
import { parseLinkedinPage } from '../../../../utils/platforms/linkedin/parse-page';
import { parseLinkedinProfilePage } from '../../../../utils/platforms/linkedin/parse-profile-page';
import { ctxFor, loadFixture, readFixture } from './fixture-helpers';

const RECEIVED = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const SENT = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const parse = (doc: Document, url: string): PageParse => parseLinkedinPage(doc, ctxFor({ url }));
const remove = (doc: Document, selector: string) => doc.querySelectorAll(selector).forEach((el) => el.remove());
const errorOf = (r: PageParse) => (r.ok ? undefined : { code: r.error.code, pageType: r.error.pageType, field: r.error.field });

describe('page types', () => {
  it('refuses URLs it does not read', () => {
    const doc = loadFixture('profile-2024-en.html');
    expect(errorOf(parse(doc, 'https://www.linkedin.com/feed/'))).toEqual({ code: 'unsupported-page', pageType: null, field: undefined });
    expect(errorOf(parse(doc, 'https://www.xing.com/profile/Jana_Schmidt12'))).toMatchObject({ code: 'unsupported-page' });
    expect(errorOf(parse(doc, 'not a url'))).toMatchObject({ code: 'unsupported-page' });
  });

  it('refuses system pages by URL and by content, whatever the URL says', () => {
    const wall = loadFixture('real/guest_authwall_login-or-signup_2024-06.html');
    expect(errorOf(parse(wall, 'https://www.linkedin.com/in/tobias-lang/'))).toMatchObject({ code: 'system-page', pageType: 'linkedin.authwall' });
    expect(errorOf(parse(wall, RECEIVED))).toMatchObject({ code: 'system-page', pageType: 'linkedin.authwall' });
    const profile = loadFixture('profile-2024-en.html');
    expect(errorOf(parse(profile, 'https://www.linkedin.com/checkpoint/challenge/AgG1abc'))).toMatchObject({ code: 'system-page', pageType: 'linkedin.challenge' });
    const challenge = loadFixture('real/guest_bot-challenge-interstitial_2024-06.html');
    expect(errorOf(parse(challenge, MESSAGING))).toMatchObject({ code: 'system-page', pageType: 'linkedin.challenge' });
  });

  it('the profile reader: other page types left to the full reader, system pages refused, then facts', () => {
    const doc = loadFixture('profile-2026-de.html');
    const read = (d: Document, url: string) => parseLinkedinProfilePage(d, ctxFor({ url }));
    expect(read(doc, RECEIVED)).toMatchObject({ ok: false, error: { code: 'unsupported-page', pageType: 'linkedin.invitations.received' } });
    expect(read(loadFixture('real/guest_profile-not-found_2024-06.html'), 'https://www.linkedin.com/in/ivanahmadfatoni/')).toMatchObject({
      ok: false,
      error: { code: 'system-page', pageType: 'linkedin.notfound' },
    });
    expect(read(doc, 'https://www.linkedin.com/in/katrinbergmann/')).toMatchObject({ ok: true, page: { pageType: 'linkedin.profile', person: { key: 'katrinbergmann', facts: { name: 'Katrin Bergmann' } } } });
  });

  it('works on the live document as well as on a parsed one', () => {
    const parsed = loadFixture('profile-2026-en.html');
    parsed.querySelectorAll('link, script:not([type="application/json"])').forEach((el) => el.remove());
    const imported = document.importNode(parsed.documentElement, true);
    document.documentElement.remove();
    document.appendChild(imported);
    const result = parse(document, 'https://www.linkedin.com/in/lucas-moreau/');
    expect(result.ok && result.page.person?.facts).toMatchObject({ name: 'Lucas Moreau', degree: 2, mutualCount: 13 });
  });
});

describe('profile traps', () => {
  it('never takes the viewer, the side bar or its "Invite X to connect" buttons for the person', () => {
    const doc = loadFixture('profile-2024-en.html');
    // Without the heading and the about link, the top card's own action labels still name her.
    remove(doc, 'main h1, a[href*="about-this-profile"]');
    let result = parse(doc, 'https://www.linkedin.com/in/amelia-hartmann-4f7e2a91/');
    expect(result.ok && result.page.person?.facts.name).toBe('Amelia Hartmann');
    // Without the top card and the embedded data, nothing else on the page may stand in for her.
    remove(doc, 'main section:first-of-type, code');
    result = parse(doc, 'https://www.linkedin.com/in/amelia-hartmann-4f7e2a91/');
    expect(errorOf(result)).toEqual({ code: 'missing-name', pageType: 'linkedin.profile', field: 'name' });
  });

  it('uses embedded data only for the URL’s own slug', () => {
    const doc = loadFixture('profile-2024-de.html');
    remove(doc, 'main section:first-of-type');
    const own = parse(doc, 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/');
    expect(own.ok && own.page.person?.facts).toEqual({ name: 'Jörg Müller', headline: 'Leiter Vertrieb DACH bei Nordwerk Logistik GmbH | Intralogistik & Lagerautomation', location: 'Bremen, Deutschland', degree: 2 });
    // Another slug finds nothing about its owner on this page: no name rather than Jörg's or the viewer's.
    expect(errorOf(parse(doc, 'https://www.linkedin.com/in/tobias-lang/'))).toEqual({ code: 'missing-name', pageType: 'linkedin.profile', field: 'name' });
  });

  it('never takes a sign-in dialog that links to the person for the top card', () => {
    const doc = loadFixture('profile-2024-en.html');
    const url = 'https://www.linkedin.com/in/amelia-hartmann-4f7e2a91/';
    const before = parse(doc, url);
    const dialog = doc.createElement('section');
    dialog.setAttribute('role', 'dialog');
    const heading = doc.createElement('h1');
    heading.textContent = 'Sign in to view Amelia’s full profile';
    const about = doc.createElement('a');
    about.href = '/in/amelia-hartmann-4f7e2a91/overlay/about-this-profile/';
    about.textContent = 'Amelia Hartmann';
    dialog.append(heading, about);
    doc.querySelector('main')!.prepend(dialog);
    remove(doc, 'main h1:not([role="dialog"] h1)');
    expect(parse(doc, url)).toEqual(before);
  });

  it('reads the guest page without classes: name, headline, location and "500+"', () => {
    const doc = loadFixture('real/guest_public-profile_author-own_2024-05.html');
    doc.querySelectorAll('[class]').forEach((el) => el.removeAttribute('class'));
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((el) => el.remove());
    const result = parse(doc, 'https://www.linkedin.com/in/eduardo-alvarez-nowak/');
    expect(result.ok && result.page.person?.facts).toMatchObject({
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
      location: 'Greater Stockholm Metropolitan Area',
      contacts: { count: 500, atLeast: true },
    });
  });
});

describe('invitation lists', () => {
  it('an empty list with its container is requests: [] (2024 and 2026)', () => {
    for (const file of ['invitations-received-2026-en.html', 'invitations-received-2024-de.html']) {
      const doc = loadFixture(file);
      remove(doc, '[role="listitem"], li.invitation-card');
      expect(parse(doc, RECEIVED)).toEqual({ ok: true, page: { pageType: 'linkedin.invitations.received', requests: [] } });
    }
  });

  it('an empty-state text alone is requests: [] in both languages', () => {
    for (const text of ['Keine ausstehenden Einladungen', 'No pending invitations']) {
      const doc = new DOMParser().parseFromString(`<main><section><p>${text}</p></section></main>`, 'text/html');
      expect(parse(doc, SENT)).toEqual({ ok: true, page: { pageType: 'linkedin.invitations.sent', requests: [] } });
    }
  });

  it('no invitation screen at all is layout-not-recognised', () => {
    expect(errorOf(parse(loadFixture('profile-2024-de.html'), RECEIVED))).toEqual({ code: 'layout-not-recognised', pageType: 'linkedin.invitations.received', field: undefined });
    const bare = new DOMParser().parseFromString('<p>nothing</p>', 'text/html');
    expect(errorOf(parse(bare, SENT))).toMatchObject({ code: 'layout-not-recognised' });
  });

  it('skips a card without key or name and reports it, keeping the others whole', () => {
    const doc = loadFixture('invitations-received-2026-en.html');
    const cards = doc.querySelectorAll('[role="listitem"]');
    cards[1]!.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', '#'));
    cards[2]!.querySelectorAll('[aria-label]').forEach((el) => el.removeAttribute('aria-label'));
    cards[2]!.querySelectorAll('a[href*="/in/"]').forEach((a) => (a.textContent = ''));
    const result = parse(doc, RECEIVED);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.page.requests?.map((r) => r.key)).toEqual(['lucas-moreau', 'emilycarter', 'mark-obrien-jensen-9a1b3c5d', 'yuki-tanaka-4d6f8a0c']);
    expect(result.page.skipped?.map((e) => [e.code, e.field])).toEqual([
      ['missing-field', 'key'],
      ['missing-field', 'name'],
    ]);
  });

  it('reads sent cards by structure when the SDUI markers are gone', () => {
    const doc = loadFixture('invitations-sent-2026-de.html');
    doc.querySelectorAll('[componentkey], [data-view-name], [data-sdui-screen], [data-testid]').forEach((el) => {
      ['componentkey', 'data-view-name', 'data-sdui-screen', 'data-testid'].forEach((a) => el.removeAttribute(a));
    });
    const result = parse(doc, SENT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.page.requests?.map((r) => [r.key, r.name, r.time?.text, r.actions])).toEqual([
      ['stefanbraun', 'Stefan Braun', 'Gesendet vor 5 Tagen', ['withdraw']],
      ['claudia-vogel-2a4c6e8f', 'Claudia Vogel', 'Gesendet vor 2 Wochen', ['withdraw']],
      ['elif-sahin-5e7a9c1b', 'Elif Şahin', 'Gesendet vor 3 Wochen', ['withdraw']],
      ['markus-lehmann-8d0f2b4c', 'Markus Lehmann', 'Gesendet vor 1 Monat', ['withdraw']],
    ]);
    expect(result.page.requests?.[1]?.note).toMatch(/^Hallo Frau Vogel,/);
    expect(result.page.requests?.[0]?.note).toBe('');
  });
});

describe('messaging', () => {
  it('skips a first message that has no sender line and nothing above it', () => {
    const doc = loadFixture('messaging-2026-de.html');
    const first = doc.querySelector('[data-view-name="message"]')!;
    first.querySelector('[data-view-name="message-body"]')!.previousElementSibling!.remove();
    const result = parse(doc, MESSAGING);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.page.messages).toHaveLength(4);
    expect(result.page.skipped?.map((e) => [e.code, e.field])).toEqual([['missing-field', 'senderName']]);
  });

  it('messaging without an open thread is messages: []; a page without either is layout-not-recognised', () => {
    const doc = loadFixture('messaging-2026-en.html');
    remove(doc, '[data-view-name="message-thread"]');
    expect(parse(doc, 'https://www.linkedin.com/messaging/')).toEqual({ ok: true, page: { pageType: 'linkedin.messaging', messages: [] } });
    expect(errorOf(parse(loadFixture('profile-2026-de.html'), MESSAGING))).toMatchObject({ code: 'layout-not-recognised', pageType: 'linkedin.messaging' });
  });

  it('keeps line breaks inside a message', () => {
    const html = readFixture('messaging-2024-en.html').replace('dir="ltr">Perfect, talk then!', 'dir="ltr">Perfect,<br>talk then!');
    const result = parse(loadFixture('messaging-2024-en.html', html), MESSAGING);
    expect(result.ok && result.page.messages?.at(-1)?.text).toBe('Perfect,\ntalk then!');
  });
});
