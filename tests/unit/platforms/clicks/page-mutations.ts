import type { SimPage } from './site-sim';

// The mutations of a request page for the 200-page click test: each one either must not stop a correct flow
// (`MUST_FINISH`) or must stop it before any click.

export type Mutation = 'none' | 'neighbour' | 'same-name' | 'mixed-language' | 'swapped-labels' | 'missing-decline' | 'moved-out' | 'twin-card';
/** What the flow must do on each mutation: finish, or stop before any click (accept still works where only decline was broken). */
export const MUST_FINISH: ReadonlySet<Mutation> = new Set(['none', 'neighbour', 'same-name', 'mixed-language']);
export const MUTATIONS: Mutation[] = ['none', 'neighbour', 'same-name', 'mixed-language', 'swapped-labels', 'missing-decline', 'moved-out', 'twin-card'];

const cardOf = (sim: SimPage, key: string) => sim.doc.querySelector(`[data-t-card="${key}"]`)!;
const declineOf = (card: Element) => card.querySelector('[data-t-action="decline"]');
const acceptOf = (card: Element) => card.querySelector('[data-t-action="accept"]');

/** A copy of a card for someone else (links and aria-labels re-pointed), next to the original. */
function cloneFor(sim: SimPage, card: Element, key: string, name: string, oldName: string): Element {
  const copy = card.cloneNode(true) as Element;
  copy.setAttribute('data-t-card', key);
  for (const a of copy.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (/\/(profile|in)\//.test(href)) a.setAttribute('href', sim.platform === 'xing' ? `https://www.xing.com/profile/${key}` : `https://www.linkedin.com/in/${key}/`);
  }
  for (const el of copy.querySelectorAll('[data-t-owner]')) el.setAttribute('data-t-owner', key);
  for (const el of copy.querySelectorAll('[aria-label]')) el.setAttribute('aria-label', el.getAttribute('aria-label')!.split(oldName).join(name));
  card.after(copy);
  return copy;
}

const ENGLISH: [RegExp, string][] = [[/Ablehnen|Ignorieren/g, 'Decline'], [/Annehmen/g, 'Accept'], [/Als Spam melden/g, 'Report as spam']];

export function mutate(sim: SimPage, target: { key: string; name: string }, mutation: Mutation, random: () => number): void {
  const card = cardOf(sim, target.key);
  switch (mutation) {
    case 'none':
      return;
    case 'neighbour': {
      cloneFor(sim, card, 'Nachbar_Person', 'Nina Nachbar', target.name);
      return;
    }
    case 'same-name':
      cloneFor(sim, card, sim.platform === 'xing' ? `${target.key}2` : `${target.key}-x1`, target.name, target.name);
      if (random() < 0.5) card.parentElement!.insertBefore(card.nextElementSibling!, card); // the namesake first
      return;
    case 'mixed-language':
      for (const el of card.querySelectorAll('[data-t-action]')) {
        if (random() < 0.5) continue;
        for (const [re, en] of ENGLISH) {
          const label = el.getAttribute('aria-label');
          if (label && re.test(label)) el.setAttribute('aria-label', `${en} ${target.name}`);
          for (const leaf of el.querySelectorAll('*')) if (!leaf.children.length) leaf.textContent = leaf.textContent!.replace(re, en);
          if (!el.children.length) el.textContent = el.textContent!.replace(re, en);
        }
      }
      return;
    case 'swapped-labels': {
      const [d, a] = [declineOf(card), acceptOf(card)];
      if (!d || !a) return;
      const [dl, al] = [d.getAttribute('aria-label') ?? '', a.getAttribute('aria-label') ?? ''];
      if (dl && al) {
        d.setAttribute('aria-label', al);
        a.setAttribute('aria-label', dl);
      } else {
        // No labels on this layout: the words a screen reader reads say accept, the visible text decline.
        d.setAttribute('aria-label', a.textContent!.trim());
        a.setAttribute('aria-label', d.textContent!.trim());
      }
      return;
    }
    case 'missing-decline':
      declineOf(card)?.remove();
      return;
    case 'moved-out': {
      const decline = declineOf(card)!;
      const holder = decline.parentElement!;
      (holder === card ? decline : holder).remove();
      sim.doc.body.append(holder === card ? decline : holder);
      return;
    }
    case 'twin-card':
      card.after(card.cloneNode(true));
      return;
  }
}
