import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { isHidden } from '../../../../utils/platforms/clicks/accessible';
import { loadsPage } from '../../../../utils/platforms/clicks/page-address';
import { openDialogs } from '../../../../utils/platforms/clicks/wait';
import { flowOn, onClick } from './flow-on';
import { loadSimPage } from './site-sim';

// Review "clicks", finding 4: a control hidden by the page's style sheet (the 2019 XING list keeps "Als Spam melden"
// in a "Mehr" dropdown closed by `.hide{display:none}`) is not clickable: its menu is opened first. A control that
// would load another page (the 2019 spam link) is never clicked inside a flow: it is marked and left to the user.

function page(body: string, url = 'https://www.xing.com/app/contact?op=toconfirm'): Document {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.documentElement.innerHTML = `<head><style>.hide{display:none}.ghost{visibility:hidden}.flat{display:contents}</style></head><body>${body}</body>`; // test markup
  return doc;
}

describe('hidden by a style sheet (review clicks 4)', () => {
  const ROWS: [string, string, boolean][] = [
    ['visible', '<button id="x">Ablehnen</button>', false],
    ['in a dropdown closed by a class', '<ul class="hide"><li><a id="x" href="#">Als Spam melden</a></li></ul>', true],
    ['itself hidden by a class', '<a id="x" class="hide" href="#">Mehr</a>', true],
    ['under visibility:hidden from a class', '<div class="ghost"><span><button id="x">Melden</button></span></div>', true],
    ['inside a display:contents wrapper', '<div class="flat"><button id="x">Melden</button></div>', false],
    ['hidden attribute on an ancestor', '<div hidden><button id="x">Melden</button></div>', true],
    ['inline display:none', '<button id="x" style="display:none">Melden</button>', true],
    ['aria-hidden ancestor', '<div aria-hidden="true"><button id="x">Melden</button></div>', true],
  ];
  for (const [name, body, hidden] of ROWS) {
    it(`${name}: ${hidden ? 'hidden' : 'shown'}`, () => {
      expect(isHidden(page(body).getElementById('x')!)).toBe(hidden);
    });
  }

  it('a lightbox closed by a class is not an open dialog (the 2019 list has two)', () => {
    const sim = loadSimPage('xing', 'requests-received-2019-de.html', 'https://www.xing.com/app/contact?op=toconfirm');
    expect(sim.doc.querySelectorAll('#delete-contact-lightbox, #confirm-contact-lightbox').length).toBe(2);
    expect(openDialogs(sim.doc).filter((d) => d.classList.contains('lightbox'))).toEqual([]);
  });
});

describe('a control that loads another page is left to the user (review clicks 4)', () => {
  const ROWS: [string, string, boolean][] = [
    ['a dropdown toggle', '<a id="x" href="#">Mehr</a>', false],
    ['a lightbox anchor', '<a id="x" href="#delete-contact-lightbox">Ablehnen</a>', false],
    ['the 2019 spam link', '<a id="x" href="/app/contact?op=spam;name=Jonas_Weber5;token=a7f3c2e9">Als Spam melden</a>', true],
    ['the 2019 accept link', '<a id="x" href="/app/contact?op=confirm;name=Jonas_Weber5">Annehmen</a>', true],
    ['a link to this very page', '<a id="x" href="/app/contact?op=toconfirm#top">Oben</a>', false],
    ['a link into a new tab', '<a id="x" href="#" target="_blank">Melden</a>', true],
    ['a script link', '<a id="x" href="javascript:void(0)">Melden</a>', false],
    ['a form that posts to a page', '<form action="/app/contact" method="post"><button id="x">Ablehnen</button></form>', true],
    ['a script-run form (no action)', '<form><button id="x">Melden</button></form>', false],
    ['a plain button', '<button id="x" type="button">Melden</button>', false],
  ];
  for (const [name, body, loads] of ROWS) {
    it(`${name}: ${loads ? 'loads a page' : 'stays'}`, () => {
      expect(loadsPage(page(body).getElementById('x')!)).toBe(loads);
    });
  }
});

describe('the 2019 XING list (review clicks 4)', () => {
  const LISTS: [string, string, string][] = [
    ['requests-received-2019-de.html', 'Jonas_Weber5', 'Jonas Weber'],
    ['requests-received-2019-en.html', 'Lucas_Moreau', 'Lucas Moreau'],
  ];
  for (const [file, key, name] of LISTS) {
    it(`${file}: Block opens "Mehr" first, then marks the spam link and stops (the link would load another page)`, async () => {
      const sim = loadSimPage('xing', file, 'https://www.xing.com/app/contact?op=toconfirm');
      const log: string[] = [];
      const marked: Element[] = [];
      onClick(sim, (el) => {
        const menu = el.closest('li.dropdown')?.querySelector('.more-actions-menu');
        log.push(`${el.textContent!.trim()} -> ${el.getAttribute('href')}${menu ? ` (menu ${isHidden(menu) ? 'closed' : 'open'})` : ''}`);
        if (el.classList.contains('more-actions-toggle')) menu?.classList.remove('hide'); // the site's dropdown script
      });
      const result = await flowOn(sim, { key, name }, 'block', 100, marked);
      const spam = sim.doc.querySelector(`a.report-spam[href*="name=${key};"]`)!;
      expect({ log, result, spamShown: !isHidden(spam), marked: marked[0] === spam, address: sim.window.location.href.split('#')[0] }).toEqual({
        log: [`${/-de/.test(file) ? 'Mehr' : 'More'} -> # (menu closed)`],
        result: { ok: false, steps: [], left: 'report', reason: 'by-hand' },
        spamShown: true,
        marked: true,
        address: 'https://www.xing.com/app/contact?op=toconfirm',
      });
    });

    it(`${file}: Accept is a link to another page: marked, not clicked`, async () => {
      const sim = loadSimPage('xing', file, 'https://www.xing.com/app/contact?op=toconfirm');
      const log: string[] = [];
      onClick(sim, (el) => log.push(el.textContent!.trim()));
      const result = await flowOn(sim, { key, name }, 'accept', 100);
      expect({ log, result }).toEqual({ log: [], result: { ok: false, steps: [], left: 'accept', reason: 'by-hand' } });
    });
  }
});
