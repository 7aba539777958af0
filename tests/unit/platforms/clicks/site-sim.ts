import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Platform } from '../../../../utils/model/base';
import { accessibleName } from '../../../../utils/platforms/clicks/accessible';
import { STEP_WORDS, stepOfName, withoutName } from '../../../../utils/platforms/clicks/steps';
import { keysIn } from '../../../../utils/platforms/clicks/controls';
import { keyOfHrefOn, requestCards } from '../../../../utils/platforms/clicks/site-cards';

// A made-up site around a fixture page for the click tests: every control is tagged with the truth (whose card,
// which action) before the page is mutated, the site reacts to clicks as the platforms do (after a short delay),
// and every click is logged with what it really hit.

export interface Click {
  owner: string | null;
  action: string | null;
  /** Inside the target's card or a dialog opened for the target at the time of the click. */
  inTargetScope: boolean;
}

export interface SimPage {
  doc: Document;
  window: Window;
  platform: Platform;
  url: string;
  people: { key: string; name: string }[];
  clicks: Click[];
  /** Starts logging clicks against this target and makes the site react. */
  arm(targetKey: string, options: { dialogAfterDecline?: 'report' | 'other-person' | 'none' }): void;
}

export function loadSimPage(site: Platform, file: string, url: string): SimPage {
  const html = readFileSync(join(__dirname, '../../../fixtures', site, file), 'utf8');
  const window = new Window({ url, settings: { handleDisabledFileLoadingAsSuccess: true, disableJavaScriptEvaluation: true } });
  const doc = window.document as unknown as Document;
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, ''); // fixture markup only
  const keyOf = keyOfHrefOn(site, url);
  const people: SimPage['people'] = [];
  for (const card of requestCards(site, doc, url)) {
    const keys = [...keysIn(card, keyOf)];
    if (keys.length !== 1) continue;
    const key = keys[0]!;
    const name = (card.querySelector('h3, .invitation-card__title, a[href*="/in/"]:not([aria-hidden]), .component-user-name, a[href*="/profile/"]:not([aria-hidden])')?.textContent ?? '').replace(/\s+/g, ' ').trim();
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
  const sim: SimPage = {
    doc,
    window,
    platform: site,
    url,
    people,
    clicks,
    arm(targetKey, options) {
      doc.addEventListener('click', (event) => {
        const el = (event.target as Element).closest('[data-t-owner], [data-t-dialog-button]') ?? (event.target as Element);
        const scope = el.closest(`[data-t-card="${targetKey}"], [data-t-dialog="${targetKey}"]`);
        clicks.push({ owner: el.getAttribute('data-t-owner'), action: el.getAttribute('data-t-action'), inTargetScope: !!scope });
        window.setTimeout(() => react(sim, el, options), 5);
      }, { capture: true });
    },
  };
  return sim;
}

/** The site's answer to a click, by the control's true action (not by its possibly mutated label). */
function react(sim: SimPage, el: Element, options: { dialogAfterDecline?: 'report' | 'other-person' | 'none' }): void {
  const action = el.getAttribute('data-t-action');
  const owner = el.getAttribute('data-t-owner');
  const card = owner ? sim.doc.querySelector(`[data-t-card="${owner}"]`) : null;
  if (action === 'menu') {
    const menu = sim.doc.getElementById(el.getAttribute('aria-controls') ?? '') ?? el.parentElement?.querySelector('[role="menu"]');
    menu?.removeAttribute('hidden');
    el.setAttribute('aria-expanded', 'true');
  } else if (action === 'report' || action === 'block') {
    el.closest('[role="menu"]')?.setAttribute('hidden', '');
    el.remove();
  } else if (action === 'accept' || action === 'decline') {
    card?.remove();
    const person = sim.people.find((p) => p.key === owner);
    if (action === 'decline' && person && options.dialogAfterDecline && options.dialogAfterDecline !== 'none') showDialog(sim, person, options.dialogAfterDecline);
  } else if (el.hasAttribute('data-t-dialog-button')) {
    el.closest('[role="dialog"]')?.remove();
  }
}

function showDialog(sim: SimPage, person: { key: string; name: string }, kind: 'report' | 'other-person'): void {
  const doc = sim.doc;
  const dialog = doc.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const other = sim.people.find((p) => p.key !== person.key)!;
  dialog.setAttribute('data-t-dialog', kind === 'report' ? person.key : other.key);
  const who = kind === 'report' ? person : other;
  const link = doc.createElement('a');
  link.setAttribute('href', sim.platform === 'xing' ? `/profile/${who.key}` : `/in/${who.key}/`);
  link.textContent = who.name;
  const button = doc.createElement('button');
  button.textContent = `I don’t know ${who.name}`;
  button.setAttribute('data-t-dialog-button', '');
  button.setAttribute('data-t-action', 'report');
  button.setAttribute('data-t-owner', who.key);
  dialog.append(link, button);
  doc.body.append(dialog);
}
