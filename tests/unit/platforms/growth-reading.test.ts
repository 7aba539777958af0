// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readingFingerprint } from '../../../utils/platforms/common/actions/reading-fingerprint';
import type { PageParse, RequestFacts } from '../../../utils/platforms/facts';
import { findCards } from '../../../utils/platforms/linkedin/parse-invitations';
import { anyMatches, inPage, inPageAsked, queryFirst } from '../../../utils/platforms/xing/dom-read';
import { findRequestCards } from '../../../utils/platforms/xing/request-cards';
import { outermost } from '../../../utils/platforms/dom';
import { htmlDocument } from './xing/fixture-pages';

// The whole-list work a growing list's every pass does, made cheaper with the same answers: XING's "in the page"
// check per card, the fingerprint of a reading, LinkedIn's wrapper check of list items.

const BASE = 'https://www.xing.com/contacts/requests';
const card = (key: string, attrs = '') => `<div data-testid="contact-request-card" ${attrs}><a href="/profile/${key}">${key}</a></div>`;

describe('findRequestCards: in the page, asked once per ancestor', () => {
  const layouts: [string, string][] = [
    ['cards in main', `<main><ul><li>${card('A_1')}</li><li>${card('B_2')}</li></ul></main>`],
    ['side bar and navigation', `<main>${card('A_1')}<aside><div>${card('S_1')}</div></aside></main><nav><ul><li>${card('N_1')}</li></ul></nav>`],
    ['the card itself a dialog', `<main>${card('A_1')}${card('D_1', 'role="dialog"')}${card('B_2')}</main>`],
    ['hooked side bars', `<main><section data-testid="similar-profiles"><div><div>${card('S_1')}</div></div></section>${card('A_1')}</main><div data-qa="profile-ad">${card('P_1')}</div>`],
    ['directly in the body, and deep', `${card('A_1')}<div><div><div><div role="menu"><p>${card('M_1')}</p></div>${card('B_2')}</div></div></div>`],
    ['nested cards', `<main>${card('A_1').replace('</div>', `${card('I_1')}</div>`)}<footer>${card('F_1')}</footer></main>`],
  ];
  it.each(layouts)('%s: the same cards as checking each card on its own', (_, html) => {
    const doc = htmlDocument(html);
    const every = [...doc.querySelectorAll('[data-testid="contact-request-card"]')];
    const want = outermost(every.filter(inPage));
    expect(want.length).toBeGreaterThan(0);
    expect(findRequestCards(doc, BASE)).toEqual(want);
    const asked = inPageAsked();
    for (const el of doc.querySelectorAll('*')) expect(asked(el), el.outerHTML.slice(0, 60)).toBe(inPage(el));
  });
});

describe('readingFingerprint: equal exactly when the JSON is', () => {
  const req = (key: string, extra: Partial<RequestFacts> = {}): RequestFacts => ({ direction: 'received', key, name: key, note: '', actions: [], ...extra });
  const list = (requests: RequestFacts[], more: object = {}): PageParse => ({ ok: true, page: { pageType: 'xing.requests.received', requests, ...more } });
  const [a, b] = [req('A_1'), req('B_2', { headline: 'Einkauf' })];
  const pairs: [string, PageParse, PageParse][] = [
    ['same card objects', list([a, b]), list([a, b])],
    ['equal copies', list([a, b]), list([{ ...a }, { ...b }])],
    ['a card changed', list([a, b]), list([a, { ...b, headline: 'Vertrieb' }])],
    ['order changed', list([a, b]), list([b, a])],
    ['a card more', list([a]), list([a, b])],
    ['skipped cards differ', list([a], { skipped: [] }), list([a])],
    ['empty and none', list([]), { ok: true, page: { pageType: 'xing.requests.received' } }],
    ['a failure', list([a]), { ok: false, error: { code: 'layout-not-recognised', pageType: 'xing.requests.received', message: 'x' } }],
    ['a line break in a note', list([req('A_1', { note: 'a\nb' })]), list([req('A_1', { note: 'a' }), req('b')])],
  ];
  it.each(pairs)('%s', (_, x, y) => {
    expect(readingFingerprint(x) === readingFingerprint(y)).toBe(JSON.stringify(x) === JSON.stringify(y));
    expect(readingFingerprint(x)).toBe(readingFingerprint(structuredClone(x)));
  });
});

describe('LinkedIn findCards: a list item holding two member items is a wrapper', () => {
  const member = (slug: string) => `<a href="/in/${slug}/">${slug}</a>`;
  /** The check as it was: every other item, for each item. */
  const reference = (scope: Element) => {
    const items = [...scope.querySelectorAll('li')].filter((li) => li.querySelector('a[href*="/in/"]'));
    return outermost(items.filter((li) => items.filter((o) => o !== li && li.contains(o)).length < 2));
  };
  const layouts: [string, string][] = [
    ['flat list', `<ul><li>${member('a')}</li><li>${member('b')}</li><li>${member('c')}</li></ul>`],
    ['a wrapper item around two', `<ul><li><ul><li>${member('a')}</li><li>${member('b')}</li></ul></li><li>${member('c')}</li></ul>`],
    ['an item around one item', `<ul><li><div><ul><li>${member('a')}</li></ul></div></li><li>${member('b')}</li></ul>`],
    ['nested twice', `<ul><li><ul><li><ul><li>${member('a')}</li></ul></li><li>${member('b')}</li></ul></li></ul><ul><li>${member('c')}</li></ul>`],
    ['items without members between', `<ul><li><ul><li>x</li><li>${member('a')}</li><li>y</li></ul></li><li>${member('b')}</li></ul>`],
  ];
  it.each(layouts)('%s', (_, html) => {
    const scope = htmlDocument(`<main>${html}</main>`).querySelector('main')!;
    const want = reference(scope);
    expect(want.length).toBeGreaterThan(0);
    expect(findCards(scope)).toEqual(want);
  });
});

describe('anyMatches: one scan for "does the page show a login marker"', () => {
  it.each([
    ['no marker', '<main><ul><li>A</li></ul></main>', false],
    ['a password field', '<main><form><input type="password"></form></main>', true],
    ['the last marker of the list only', '<main><div data-testid="login-wall"></div></main>', true],
    ['a marker-like attribute that is not one', '<main><input type="text" data-testid="login-walls"></main>', false],
  ])('%s', (_name, html, expected) => {
    const doc = htmlDocument(html);
    const selectors = ['input[type="password"]', '[data-testid="login-form"]', '[data-testid="login-wall"]'];
    expect(anyMatches(doc, selectors)).toBe(expected);
    expect(anyMatches(doc, selectors)).toBe(queryFirst(doc, selectors) !== null);
  });
  it('says no for no selectors', () => expect(anyMatches(htmlDocument('<main></main>'), [])).toBe(false));
});
