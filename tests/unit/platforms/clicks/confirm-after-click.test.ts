import { describe, expect, it } from 'vitest';
import type { FlowAction } from '../../../../utils/platforms/common/actions/verified-flow';
import { requestCards } from '../../../../utils/platforms/clicks/site-cards';
import { flowOn, later, LI_EN, onClick, pause, XING_DE } from './flow-on';
import { loadSimPage, type SimPage } from './site-sim';

// Review "clicks", findings 1-3: a step counts as done only when its own change shows on the page as it is now.
// A menu closing is not a report sent; a card node leaving the document is no proof when the list was rendered
// again or the page changed; a busy button is not a finished step; a control shown a moment later is waited for.
// Each row is a site around a real fixture that answers the flow's clicks in one plausible way; `done` is what the
// site really did, and the flow must claim exactly that.

interface Row {
  name: string;
  page: readonly ['xing' | 'linkedin', string, string];
  key: string;
  action: FlowAction;
  /** How the site answers; pushes to `done` what it really did. */
  site(sim: SimPage, card: Element, done: string[]): void;
  expected: { ok: boolean; reason?: string; left?: string; steps: string[]; done: string[] };
}

/** XING's "…" opens its menu a moment after the click. */
const menuOpens = (sim: SimPage, el: Element) => later(sim, 5, () => sim.doc.getElementById(el.getAttribute('aria-controls')!)!.removeAttribute('hidden'));
/** A menu closes as soon as an item is chosen (WAI-ARIA menu pattern). */
const menuCloses = (el: Element) => el.closest('[role="menu"]')!.setAttribute('hidden', '');
/** The request leaves the list a moment after the click. */
const leaves = (sim: SimPage, key: string, done: string[], step: string, ms = 5) =>
  later(sim, ms, () => {
    sim.doc.querySelector(`[data-t-card="${key}"]`)?.remove();
    done.push(step);
  });
/** The list is rendered again: every card a new node, every request still open. */
const renderAgain = (sim: SimPage) => {
  for (const card of requestCards(sim.platform, sim.doc, sim.url)) card.replaceWith(card.cloneNode(true));
};
/** An in-page navigation: a new address, the list gone from the page. */
const navigate = (sim: SimPage, path: string) => {
  sim.window.history.pushState({}, '', path);
  for (const card of requestCards(sim.platform, sim.doc, sim.url)) card.remove();
};
/** XING's confirmation for a spam report, as a dialog that comes a moment after the menu item. */
function confirmDialog(sim: SimPage, name: string, done: string[]): void {
  const dialog = sim.doc.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const text = sim.doc.createElement('p');
  text.textContent = `${name} als Spam melden?`;
  const yes = sim.doc.createElement('button');
  yes.textContent = 'Melden';
  yes.addEventListener('click', () => later(sim, 5, () => (dialog.remove(), done.push('report'))));
  const no = sim.doc.createElement('button');
  no.textContent = 'Abbrechen';
  dialog.append(text, yes, no);
  sim.doc.body.append(dialog);
}
/** LinkedIn's card after Ignore in the old flow: the invitation is ignored, and a spam report is offered. */
function ignoredWithReport(sim: SimPage, card: Element, done: string[]): void {
  const actions = card.querySelector('[data-view-name="invitation-action"]')!;
  actions.innerHTML = '<span>Invitation ignored.</span><button type="button">Report spam</button>'; // test markup
  actions.querySelector('button')!.addEventListener('click', (ev) => {
    done.push('report');
    (ev.target as Element).remove();
  });
}

const FELIX = 'Felix_Gaertner';
const LUCAS = 'lucas-moreau';

const ROWS: Row[] = [
  {
    name: 'XING Block: the menu closes at once, XING asks in a dialog a moment later; the report counts once confirmed there',
    page: XING_DE, key: FELIX, action: 'block',
    site: (sim, _card, done) => onClick(sim, (el, action) => {
      if (action === 'menu') menuOpens(sim, el);
      if (action === 'report') (menuCloses(el), later(sim, 30, () => confirmDialog(sim, 'Felix Gärtner', done)));
      if (action === 'decline') leaves(sim, FELIX, done, 'decline');
    }),
    expected: { ok: true, steps: ['report:done', 'decline:done', 'block:not-offered'], done: ['report', 'decline'] },
  },
  {
    name: 'XING Block: the menu closes and nothing follows (the report failed): not confirmed, nothing declined',
    page: XING_DE, key: FELIX, action: 'block',
    site: (sim, _card, done) => onClick(sim, (el, action) => {
      if (action === 'menu') menuOpens(sim, el);
      if (action === 'report') menuCloses(el);
      if (action === 'decline') leaves(sim, FELIX, done, 'decline');
    }),
    expected: { ok: false, reason: 'not-confirmed', left: 'report', steps: [], done: [] },
  },
  {
    name: 'XING Block: the report takes the request off the list; the decline went with it',
    page: XING_DE, key: FELIX, action: 'block',
    site: (sim, _card, done) => onClick(sim, (el, action) => {
      if (action === 'menu') menuOpens(sim, el);
      if (action === 'report') (menuCloses(el), leaves(sim, FELIX, done, 'report', 20));
    }),
    expected: { ok: true, steps: ['report:done', 'decline:closed', 'block:not-offered'], done: ['report'] },
  },
  {
    name: 'XING Block: the user leaves the list while the decline is under way: the decline is not counted, not even as closed',
    page: XING_DE, key: FELIX, action: 'block',
    site: (sim, _card, done) => onClick(sim, (el, action) => {
      if (action === 'menu') menuOpens(sim, el);
      if (action === 'report') (menuCloses(el), later(sim, 10, () => confirmDialog(sim, 'Felix Gärtner', done)));
      if (action === 'decline') later(sim, 10, () => navigate(sim, '/jobs/find'));
    }),
    expected: { ok: false, reason: 'page-changed', left: 'decline', steps: ['report:done'], done: ['report'] },
  },
  {
    name: 'LinkedIn Accept: the list is rendered again (new nodes), the invitation still open',
    page: LI_EN, key: LUCAS, action: 'accept',
    site: (sim) => onClick(sim, (_el, action) => action === 'accept' && later(sim, 10, () => renderAgain(sim))),
    expected: { ok: false, reason: 'not-confirmed', left: 'accept', steps: [], done: [] },
  },
  {
    name: 'LinkedIn Accept: the list is rendered again, then the invitation leaves it',
    page: LI_EN, key: LUCAS, action: 'accept',
    site: (sim, _card, done) => onClick(sim, (_el, action) => {
      if (action !== 'accept') return;
      later(sim, 10, () => renderAgain(sim));
      leaves(sim, LUCAS, done, 'accept', 40);
    }),
    expected: { ok: true, steps: ['accept:done'], done: ['accept'] },
  },
  {
    name: 'LinkedIn Accept: the list is emptied and filled again a moment later (a data refresh), the invitation still open',
    page: LI_EN, key: LUCAS, action: 'accept',
    site: (sim) => onClick(sim, (_el, action) => {
      if (action !== 'accept') return;
      // The list keeps its items as placeholders (naming nobody) while it loads, then shows the same requests again.
      const cards = requestCards(sim.platform, sim.doc, sim.url);
      const holders = cards.map((c) => c.parentElement!);
      later(sim, 10, () => cards.forEach((c) => c.remove()));
      later(sim, 50, () => holders.forEach((h, i) => h.append(cards[i]!.cloneNode(true))));
    }),
    expected: { ok: false, reason: 'not-confirmed', left: 'accept', steps: [], done: [] },
  },
  {
    name: 'LinkedIn Accept: the last invitation of the list leaves it (an empty list that stays empty)',
    page: LI_EN, key: LUCAS, action: 'accept',
    site: (sim, _card, done) => {
      for (const c of requestCards(sim.platform, sim.doc, sim.url)) if (c.getAttribute('data-t-card') !== LUCAS) c.remove();
      onClick(sim, (_el, action) => action === 'accept' && leaves(sim, LUCAS, done, 'accept'));
    },
    expected: { ok: true, steps: ['accept:done'], done: ['accept'] },
  },
  {
    name: 'LinkedIn Accept: the user follows a link in the site\'s navigation while Handschlag waits',
    page: LI_EN, key: LUCAS, action: 'accept',
    site: (sim) => onClick(sim, (_el, action) => action === 'accept' && later(sim, 10, () => navigate(sim, '/feed/'))),
    expected: { ok: false, reason: 'page-changed', left: 'accept', steps: [], done: [] },
  },
  {
    name: 'LinkedIn Ignore: busy while LinkedIn answers, then offered again (offline, rate limit)',
    page: LI_EN, key: LUCAS, action: 'decline',
    site: (sim) => onClick(sim, (el, action) => {
      if (action !== 'decline') return;
      el.setAttribute('disabled', '');
      later(sim, 50, () => el.removeAttribute('disabled'));
    }),
    expected: { ok: false, reason: 'not-confirmed', left: 'decline', steps: [], done: [] },
  },
  {
    name: 'LinkedIn Ignore: busy, then the card says the invitation was ignored (no Ignore button any more)',
    page: LI_EN, key: LUCAS, action: 'decline',
    site: (sim, card, done) => onClick(sim, (el, action) => {
      if (action !== 'decline') return;
      el.setAttribute('aria-busy', 'true');
      later(sim, 30, () => (card.querySelector('[data-view-name="invitation-action"]')!.replaceChildren('Invitation ignored.'), done.push('decline')));
    }),
    expected: { ok: true, steps: ['decline:done'], done: ['decline'] },
  },
  {
    name: 'LinkedIn Block: Ignore busy first, then the card offers "Report spam": reported, not "not offered"',
    page: LI_EN, key: LUCAS, action: 'block',
    site: (sim, card, done) => onClick(sim, (el, action) => {
      if (action !== 'decline') return;
      el.setAttribute('disabled', '');
      later(sim, 30, () => (ignoredWithReport(sim, card, done), done.push('decline')));
    }),
    expected: { ok: true, steps: ['decline:done', 'report:done', 'block:not-offered'], done: ['decline', 'report'] },
  },
  {
    name: 'LinkedIn Block: "Report spam" shows a while after the Ignore was confirmed: waited for',
    page: LI_EN, key: LUCAS, action: 'block',
    site: (sim, card, done) => onClick(sim, (_el, action) => {
      if (action !== 'decline') return;
      later(sim, 5, () => (card.querySelector('[data-view-name="invitation-action"]')!.replaceChildren('Invitation ignored.'), done.push('decline')));
      later(sim, 150, () => ignoredWithReport(sim, card, done));
    }),
    expected: { ok: true, steps: ['decline:done', 'report:done', 'block:not-offered'], done: ['decline', 'report'] },
  },
];

describe('a click counts as done only when the page confirms its own step (review clicks 1-3)', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      const sim = loadSimPage(...row.page);
      const target = sim.people.find((p) => p.key === row.key)!;
      const done: string[] = [];
      const dialogs = () => [...sim.doc.querySelectorAll('[role="dialog"]')];
      const before = dialogs(); // the page's own (a cookie banner)
      row.site(sim, sim.doc.querySelector(`[data-t-card="${row.key}"]`)!, done);
      const result = await flowOn(sim, target, row.action);
      await pause(60); // what the site still does after the flow answered
      expect({
        ok: result.ok,
        ...(result.ok ? {} : { reason: result.reason, left: result.left }),
        steps: result.steps.map((s) => `${s.step}:${s.state}`),
        done,
      }).toEqual(row.expected);
      // Whatever the flow says: no dialog of the site left waiting for an answer.
      expect(dialogs().filter((d) => !before.includes(d)).map((d) => d.textContent)).toEqual([]);
    });
  }
});
