import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Platform } from '../../../../utils/model/base';
import { accessibleName } from '../../../../utils/platforms/clicks/accessible';
import { STEP_WORDS, stepOfName, withoutName } from '../../../../utils/platforms/clicks/steps';
import { keysIn } from '../../../../utils/platforms/clicks/controls';
import { keyOfHrefOn, requestCards } from '../../../../utils/platforms/clicks/site-cards';
import { parseLinkedinPage } from '../../../../utils/platforms/linkedin/parse-page';
import { parseXingPage } from '../../../../utils/platforms/xing/parse-page';

// A made-up site around a fixture page for the click tests: every control is tagged with the truth (whose card,
// which action) before the page is mutated, the site reacts to clicks as the platforms plausibly do (after a short
// delay: a menu closes at once when an item is chosen, a confirm dialog comes later), every click is logged with what
// it really hit, and what the site really did (`done`) is kept to hold against what the flow says it did.

export interface Click {
  owner: string | null;
  action: string | null;
  /** Inside the target's card or a dialog opened for the target at the time of the click. */
  inTargetScope: boolean;
}

export interface SimOptions {
  /** LinkedIn's old flow: a dialog after Ignore, for the target or (wrongly) for someone else. */
  dialogAfterDecline?: 'report' | 'other-person' | 'none';
  /** What "report as spam" from a card's menu does: asks in a dialog first (default), or takes the request off the list. */
  reportFromMenu?: 'dialog' | 'removes';
  /** The site marks the clicked accept/decline busy (disabled) while it answers. */
  busy?: boolean;
  /** The site renders the whole list again (new nodes, same requests) right after each click. */
  rerender?: boolean;
  /** This action fails on the site: busy for a moment, then offered again, the request still open. */
  failing?: 'accept' | 'decline' | 'report';
}

export interface SimPage {
  doc: Document;
  window: Window;
  platform: Platform;
  url: string;
  lang: 'de' | 'en';
  /** The people of the list, with their names as the site's own parser reads them (as the content script does). */
  people: { key: string; name: string }[];
  clicks: Click[];
  /** What the site really did for the target: accept, decline, report (a report confirmed in its dialog or taken off the list). */
  done: string[];
  /** Starts logging clicks against this target and makes the site react. */
  arm(targetKey: string, options: SimOptions): void;
}

export function loadSimPage(site: Platform, file: string, url: string): SimPage {
  const html = readFileSync(join(__dirname, '../../../fixtures', site, file), 'utf8');
  const window = new Window({ url, settings: { handleDisabledFileLoadingAsSuccess: true, disableJavaScriptEvaluation: true } });
  const doc = window.document as unknown as Document;
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, ''); // fixture markup only
  const keyOf = keyOfHrefOn(site, url);
  const parsed = (site === 'xing' ? parseXingPage : parseLinkedinPage)(doc, { url, now: Date.UTC(2026, 10, 20), tzOffsetMin: 0 });
  const names = new Map(parsed.ok ? (parsed.page.requests ?? []).map((r) => [r.key, r.name]) : []);
  const people: SimPage['people'] = [];
  for (const card of requestCards(site, doc, url)) {
    const keys = [...keysIn(card, keyOf)];
    const name = keys.length === 1 ? names.get(keys[0]!) : undefined;
    if (!name) continue;
    const key = keys[0]!;
    people.push({ key, name });
    card.setAttribute('data-t-card', key);
    for (const control of card.querySelectorAll('button, a[href], [role="menuitem"]')) {
      const label = withoutName(accessibleName(control), name);
      const action = STEP_WORDS.menu.test(label) || control.hasAttribute('aria-haspopup') ? 'menu' : stepOfName(label);
      control.setAttribute('data-t-owner', key);
      if (action) control.setAttribute('data-t-action', action);
    }
  }
  const clicks: Click[] = [];
  const done: string[] = [];
  const sim: SimPage = {
    doc,
    window,
    platform: site,
    url,
    lang: /-de[.-]/.test(file) ? 'de' : 'en',
    people,
    clicks,
    done,
    arm(targetKey, options) {
      doc.addEventListener('click', (event) => {
        const el = (event.target as Element).closest('[data-t-owner], [data-t-dialog-button]') ?? (event.target as Element);
        const scope = el.closest(`[data-t-card="${targetKey}"], [data-t-dialog="${targetKey}"]`);
        clicks.push({ owner: el.getAttribute('data-t-owner'), action: el.getAttribute('data-t-action'), inTargetScope: !!scope });
        const action = el.getAttribute('data-t-action');
        // A menu closes as soon as one of its items is chosen (WAI-ARIA menu pattern), before the site answers.
        if ((action === 'report' || action === 'block') && !el.hasAttribute('data-t-dialog-button')) menuOf(el)?.setAttribute('hidden', '');
        if (options.failing && action === options.failing) return void busyThenBack(sim, el);
        if (options.busy && (action === 'accept' || action === 'decline')) el.setAttribute('disabled', '');
        if (options.rerender && action !== 'menu') renderAgain(sim);
        window.setTimeout(() => react(sim, el, options), 5);
      }, { capture: true });
    },
  };
  return sim;
}

/** The menu holding a control (a role="menu", or the 2019 layout's dropdown list hidden by a class). */
const menuOf = (el: Element) => el.closest('[role="menu"], .dropdown-menu');

/** The site's answer to a click, by the control's true action (not by its possibly mutated label). */
function react(sim: SimPage, el: Element, options: SimOptions): void {
  const action = el.getAttribute('data-t-action');
  const owner = el.getAttribute('data-t-owner');
  const card = owner ? sim.doc.querySelector(`[data-t-card="${owner}"]`) : null;
  const person = sim.people.find((p) => p.key === owner);
  if (el.hasAttribute('data-t-dialog-button')) {
    el.closest('[role="dialog"]')?.remove();
    sim.done.push('report');
  } else if (action === 'menu') {
    const menu = sim.doc.getElementById(el.getAttribute('aria-controls') ?? '') ?? el.parentElement?.querySelector('[role="menu"], .dropdown-menu');
    menu?.removeAttribute('hidden');
    menu?.classList.remove('hide');
    el.setAttribute('aria-expanded', 'true');
  } else if ((action === 'report' || action === 'block') && person) {
    sim.window.setTimeout(() => {
      if (options.reportFromMenu === 'removes') {
        sim.doc.querySelector(`[data-t-card="${person.key}"]`)?.remove();
        sim.done.push('report');
      } else showDialog(sim, person, 'report', 'confirm');
    }, 20);
  } else if (action === 'accept' || action === 'decline') {
    card?.remove();
    sim.done.push(action);
    if (action === 'decline' && person && options.dialogAfterDecline && options.dialogAfterDecline !== 'none') showDialog(sim, person, options.dialogAfterDecline, 'report');
  }
}

/** The site is busy with the request, then gives up (offline, rate limit): the control is offered again. */
function busyThenBack(sim: SimPage, el: Element): void {
  el.setAttribute('aria-busy', 'true');
  sim.window.setTimeout(() => el.removeAttribute('aria-busy'), 30);
}

/** Every card becomes a new node (a data refresh, a re-mount): the requests are all still open. */
function renderAgain(sim: SimPage): void {
  for (const card of sim.doc.querySelectorAll('[data-t-card]')) card.replaceWith(card.cloneNode(true));
}

/** A dialog naming one person: LinkedIn's "I don't know …" after Ignore, or XING's "report as spam?" confirmation. */
function showDialog(sim: SimPage, person: { key: string; name: string }, kind: 'report' | 'other-person', button: 'report' | 'confirm'): void {
  const doc = sim.doc;
  const dialog = doc.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const other = sim.people.find((p) => p.key !== person.key)!;
  const who = kind === 'report' ? person : other;
  dialog.setAttribute('data-t-dialog', who.key);
  const link = doc.createElement('a');
  link.setAttribute('href', sim.platform === 'xing' ? `/profile/${who.key}` : `/in/${who.key}/`);
  link.textContent = who.name;
  const yes = doc.createElement('button');
  yes.textContent = button === 'report' ? `I don’t know ${who.name}` : sim.lang === 'de' ? 'Melden' : 'Report';
  yes.setAttribute('data-t-dialog-button', '');
  yes.setAttribute('data-t-action', button);
  yes.setAttribute('data-t-owner', who.key);
  const no = doc.createElement('button');
  no.textContent = sim.lang === 'de' ? 'Abbrechen' : 'Cancel';
  no.setAttribute('data-t-owner', who.key);
  dialog.append(link, yes, no);
  doc.body.append(dialog);
}
