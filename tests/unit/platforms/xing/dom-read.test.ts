// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { multilineText, profileKeyOfHref, textExcept } from '../../../../utils/platforms/xing/dom-read';
import { actionOf, readActions } from '../../../../utils/platforms/xing/request-actions';
import { htmlDocument } from './fixture-pages';

const BASE = 'https://www.xing.com/contacts/requests';

describe('profileKeyOfHref: page names only from XING profile links', () => {
  const rows: [string, string | undefined][] = [
    ['/profile/Ute_Brinkmann', 'Ute_Brinkmann'],
    ['https://www.xing.com/profile/Annika_Boehm3', 'Annika_Boehm3'],
    ['https://xing.com/profile/Annika_Boehm3', 'Annika_Boehm3'],
    ['https://www.xing.com/profile/Mehmet_Yilmaz3/cv', 'Mehmet_Yilmaz3'],
    ['https://www.xing.com/profile/J%C3%B6rg_M%C3%BCller?sc_o=da980_e', 'Jörg_Müller'],
    ['https://www.xing.com/profile/Juergen_Weissmann/contacts', undefined],
    ['https://www.xing.com/profile/my_profile', undefined],
    ['https://evil.example/profile/Annika_Boehm3', undefined],
    ['http://www.xing.com/profile/Annika_Boehm3', undefined],
    ['/app/contact?op=confirm;name=Ute_Brinkmann', undefined],
    ['javascript:alert(1)', undefined],
    ['', undefined],
  ];
  it.each(rows)('%j', (href, key) => expect(profileKeyOfHref(href, BASE)).toBe(key));
});

describe('text readers', () => {
  it('keeps <br> line breaks without doubling a source newline, and paragraph breaks between blocks', () => {
    const doc = htmlDocument('<div id="m"><p>Hallo,<br>\nwie geht es?<br>Gruß</p><p>PS: Danke</p><time>14:32</time></div>');
    const el = doc.getElementById('m');
    expect(multilineText(el, 'time')).toBe('Hallo,\nwie geht es?\nGruß\n\nPS: Danke');
  });

  it('keeps pre-wrap newlines and drops control and bidi characters', () => {
    const doc = htmlDocument('<p id="n">Hi Martin,\u202E\nBest,\u200B Priya</p>');
    expect(multilineText(doc.getElementById('n'))).toBe('Hi Martin,\nBest, Priya');
  });

  it('leaves out noise such as a flag button inside the name heading', () => {
    const doc = htmlDocument('<h1 id="h">Annika Böhm <button><span data-xds="Flag">PRO COACH</span></button></h1>');
    expect(textExcept(doc.getElementById('h'), 'button')).toBe('Annika Böhm');
  });
});

describe('actionOf: card controls in both layouts and both languages', () => {
  const rows: [string, string | undefined][] = [
    ['<button data-testid="request-card-accept">Annehmen</button>', 'accept'],
    ['<button data-testid="request-card-decline">Decline</button>', 'decline'],
    ['<button role="menuitem" data-testid="request-card-report-spam">Als Spam melden</button>', 'report'],
    ['<button data-testid="request-card-withdraw">Anfrage zurückziehen</button>', 'withdraw'],
    ['<button data-qa="request-item-revoke">Withdraw request</button>', 'withdraw'],
    ['<button aria-label="Kontaktanfrage von Felix Gärtner annehmen">✓</button>', 'accept'],
    ['<button aria-label="Decline contact request from Priya Raman">×</button>', 'decline'],
    ['<button aria-label="Withdraw contact request to Fatima Haddad"></button>', 'withdraw'],
    ['<a href="/app/contact?op=confirm;name=Ute_Brinkmann;token=x">Annehmen</a>', 'accept'],
    ['<a href="/app/contact?op=spam;name=Ute_Brinkmann;token=x">Report as spam</a>', 'report'],
    ['<a href="/app/contact?op=revoke;name=Mira_Schaefer;token=x">Anfrage zurückziehen</a>', 'withdraw'],
    ['<a href="#delete-contact-lightbox" title="Kontaktanfrage ablehnen">Ablehnen</a>', 'decline'],
    ['<button>Ignorieren</button>', 'ignore'],
    ['<button>Ignore</button>', 'ignore'],
    ['<button>Nachricht schreiben</button>', 'message'],
    ['<button>Send message</button>', 'message'],
    ['<button aria-label="Weitere Optionen für Felix Gärtner">Mehr</button>', undefined],
    ['<a href="#">More</a>', undefined],
    ['<a href="/profile/Ute_Brinkmann">Profil ansehen</a>', undefined],
    ['<button aria-label="Felix Gärtner als Kontakt hinzufügen">Kontakt hinzufügen</button>', undefined],
  ];
  it.each(rows)('%s', (html, want) => {
    const doc = htmlDocument(`<div>${html}</div>`);
    const control = doc.querySelector('button, a');
    expect(control && actionOf(control, 'Felix Gärtner', BASE)).toBe(want);
  });

  it('does not read a name that looks like an action word as an action', () => {
    const doc = htmlDocument('<li><button aria-label="Kontaktanfrage von Max Melden annehmen">Annehmen</button></li>');
    const card = doc.querySelector('li');
    expect(card && readActions(card, 'Max Melden', BASE)).toEqual(['accept']);
  });
});
