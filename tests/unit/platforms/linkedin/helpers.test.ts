// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifySystemPage } from '../../../../utils/platforms/linkedin/classify';
import { multilineText, slugFromHref, textBlocks, visibleText } from '../../../../utils/platforms/linkedin/dom-text';
import { embeddedPage, parseIsland } from '../../../../utils/platforms/linkedin/embedded';
import { lastWeekday, messageTime, separatorDay } from '../../../../utils/platforms/linkedin/message-time';

const html = (body: string, head = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const NOW = Date.UTC(2026, 10, 23, 12, 0); // Monday
const CTX = { url: 'https://www.linkedin.com/messaging/', now: NOW, tzOffsetMin: -60 };
const localMidnight = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 60 * 60_000;

describe('slugFromHref', () => {
  it.each([
    ['/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/?miniProfileUrn=urn%3Ali', 'jörg-müller-8b1a2c3d'],
    ['https://www.linkedin.com/in/tobias-lang/', 'tobias-lang'],
    ['https://se.linkedin.com/in/redacted-member-1?trk=public_profile_browsemap-profile', 'redacted-member-1'],
    ['https://www.linkedin.com/in/lucas-moreau/overlay/about-this-profile/', 'lucas-moreau'],
    ['/in/%E0%A4%A/', '%E0%A4%A'],
    ['/in/me/', undefined],
    ['https://www.linkedin.com/company/34844582/', undefined],
    ['https://evil.example/in/tobias-lang/', undefined],
    ['https://www.linkedin.com/search/results/people/?facetConnectionOf=x', undefined],
    [null, undefined],
  ])('%s → %s', (href, slug) => expect(slugFromHref(href)).toBe(slug));
});

describe('visible text', () => {
  it('keeps the visible twin and drops the screen-reader repeat, with or without the legacy class', () => {
    const doc = html('<h2 id="a"><span aria-hidden="true">Ausbildung</span><span class="_x1">Ausbildung</span></h2><h2 id="b"><span class="_x2">About</span><span aria-hidden="true">About</span></h2>');
    expect(visibleText(doc.getElementById('a'))).toBe('Ausbildung');
    expect(visibleText(doc.getElementById('b'))).toBe('About');
  });

  it('leaves out buttons, dialogs, code and images but keeps a heading inside a button (guest name)', () => {
    const doc = html('<div id="c"><button><h1> Eduardo </h1></button><button>…more</button><section role="dialog"><h2>Sign in</h2></section><code>{"a":1}</code><img alt="x"> text</div>');
    expect(visibleText(doc.getElementById('c'))).toBe('Eduardo text');
  });

  it('keeps paragraph and line breaks in multiline text', () => {
    const doc = html('<div id="m"><p>Hallo Sabine,<br>danke!</p><p>Viele Grüße</p></div>');
    expect(multilineText(doc.getElementById('m'))).toBe('Hallo Sabine,\ndanke!\nViele Grüße');
  });

  it('splits a card into text blocks, merging inline runs', () => {
    const doc = html('<li id="card"><a href="/in/x/"><span>Anna Schmidt</span><span>Einkauf</span></a><span><strong>Tobias Lang</strong> und 2 weitere gemeinsame Kontakte</span><time>vor 1 Woche</time><button>Annehmen</button></li>');
    expect(textBlocks(doc.getElementById('card')!).map((b) => b.text)).toEqual(['Anna Schmidt', 'Einkauf', 'Tobias Lang und 2 weitere gemeinsame Kontakte', 'vor 1 Woche']);
  });
});

describe('classifySystemPage', () => {
  it.each([
    ['<meta name="pageKey" content="d_homepage-guest-home">', '', 'linkedin.authwall'],
    ['<title>LinkedIn: Anmelden oder Mitglied werden</title>', '<main><h1>Willkommen</h1></main>', 'linkedin.authwall'],
    ['<meta content="1;url=https://www.linkedin.com">', '', 'linkedin.challenge'],
    ['<title>Security Verification | LinkedIn</title>', '<main></main>', 'linkedin.challenge'],
    ['<title>Profile Not Found | LinkedIn</title>', '', 'linkedin.notfound'],
    ['<meta name="pageKey" content="d_flagship3_404">', '<main></main>', 'linkedin.notfound'],
    ['', '<main><h1>An exact match for <strong>x</strong> could not be found.</h1></main>', 'linkedin.notfound'],
    ['<meta name="pageKey" content="d_flagship3_profile_view_base"><title>(3) Anna | LinkedIn</title>', '<main><h1>Anna</h1></main>', undefined],
    ['<meta content="1;url=https://www.linkedin.com">', '<main><h1>Anna</h1></main>', undefined],
  ])('%s %s → %s', (head, body, type) => expect(classifySystemPage(html(body, head))).toBe(type));
});

describe('embedded data', () => {
  it('parses entity-escaped islands and reads only the slug it is asked for', () => {
    expect(parseIsland('{&quot;a&quot;:&quot;b &amp; c&quot;}')).toEqual({ a: 'b & c' });
    expect(parseIsland('not json')).toBeUndefined();
    const doc = html(
      '<code>{"included":[{"firstName":"Sabine","lastName":"Krüger","publicIdentifier":"sabine-krueger-77a1b2c3"},' +
        '{"firstName":"Jörg","lastName":"Müller","publicIdentifier":"jörg-müller-8b1a2c3d","headline":"Leiter","entityUrn":"urn:li:fsd_profile:AC1"},' +
        '{"entityUrn":"urn:li:fs_profileNetworkInfo:AC1","distance":{"value":"DISTANCE_2"}}]}</code>',
    );
    expect(embeddedPage(doc, 'jörg-müller-8b1a2c3d').profile).toEqual({ name: 'Jörg Müller', headline: 'Leiter', degree: 2 });
    expect(embeddedPage(doc, 'someone-else').profile).toEqual({});
    expect(embeddedPage(doc, 'someone-else').members).toEqual([
      { key: 'sabine-krueger-77a1b2c3', name: 'Sabine Krüger' },
      { key: 'jörg-müller-8b1a2c3d', name: 'Jörg Müller' },
    ]);
  });

  it('knows the viewer from the /voyager/api/me island and never counts the viewer as a member', () => {
    const doc = html(
      '<code>{"data":{"*miniProfile":"urn:li:fs_miniProfile:ME1","$type":"com.linkedin.voyager.common.Me"},' +
        '"included":[{"firstName":"Sabine","lastName":"Krüger","publicIdentifier":"sabine-krueger-77a1b2c3","entityUrn":"urn:li:fs_miniProfile:ME1"}]}</code>',
    );
    expect(embeddedPage(doc, 'sabine-krueger-77a1b2c3')).toEqual({ profile: {}, viewerKey: 'sabine-krueger-77a1b2c3', members: [] });
  });

  it('drops entities that fail the schema, islands over the size limit, and never evaluates anything', () => {
    const big = `{"included":[{"firstName":"A","lastName":"B","publicIdentifier":"ab","pad":"${'x'.repeat(2_000_001)}"}]}`;
    const doc = html(
      '<code>{"included":[{"firstName":{"evil":1},"lastName":"X","publicIdentifier":"ab"},{"firstName":"Eva","lastName":"Ok","publicIdentifier":["ab"]}]}</code>' +
        `<code>${big}</code><script type="application/json">{"profile":{"firstName":"alert(1)","lastName":7,"publicIdentifier":"ab"}}</script>`,
    );
    expect(embeddedPage(doc, 'ab')).toEqual({ profile: {}, members: [] });
  });
});

describe('message times', () => {
  it('resolves a weekday separator to the latest past such day (today would say "Heute")', () => {
    expect(lastWeekday(1, CTX)).toBe(localMidnight(2026, 11, 16)); // Montag, seen on a Monday
    expect(lastWeekday(0, CTX)).toBe(localMidnight(2026, 11, 22)); // Sonntag
    expect(lastWeekday(3, CTX)).toBe(localMidnight(2026, 11, 18)); // Mittwoch
  });

  it.each([
    ['<div role="separator"><time datetime="2026-03-11">Mittwoch</time></div>', localMidnight(2026, 3, 11)],
    ['<li><time>Heute</time></li>', localMidnight(2026, 11, 23)],
    ['<li><time>Gestern</time></li>', localMidnight(2026, 11, 22)],
    ['<li><time>Montag</time></li>', localMidnight(2026, 11, 16)],
    ['<li><time>Friday</time></li>', localMidnight(2026, 11, 20)],
    ['<li><time>Jun 10</time></li>', localMidnight(2026, 6, 10)],
    ['<li><time>12. Juni</time></li>', localMidnight(2026, 6, 12)],
    ['<li><time>vor 3 Stunden</time></li>', undefined],
  ])('%s', (markup, day) => {
    const el = html(markup).body.firstElementChild!;
    expect(separatorDay(el, CTX)).toBe(day);
  });

  it('gives a clock a range only when the day is known, and prefers datetime', () => {
    const [bare, exact] = [...html('<time>09:12</time><time datetime="2026-03-11T16:20:00.000Z">17:20</time>').querySelectorAll('time')];
    expect(messageTime(bare!, undefined, CTX)).toEqual({ text: '09:12' });
    const day = localMidnight(2026, 11, 16);
    expect(messageTime(bare!, day, CTX)).toEqual({ text: '09:12', range: { from: day + 552 * 60_000, to: day + 553 * 60_000 - 1 } });
    const at = Date.UTC(2026, 2, 11, 16, 20);
    expect(messageTime(exact!, undefined, CTX)).toEqual({ text: '17:20', range: { from: at, to: at + 59_999 } });
  });
});
