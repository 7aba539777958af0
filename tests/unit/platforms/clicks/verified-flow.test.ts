import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../utils/random';
import { keyOfHrefOn, requestCards } from '../../../../utils/platforms/clicks/site-cards';
import { runFlow, type FlowAction, type FlowResult } from '../../../../utils/platforms/common/actions/verified-flow';
import { loadSimPage, type SimPage } from './site-sim';

// At least 200 mutated request pages (both sites, German and English, 2019-2026 layouts): the verified click
// path must never click a control of another person, outside the target's card, or for another action; where a
// step cannot be done it stops and names it.

const PAGES: [('xing' | 'linkedin'), string, string][] = [
  ['xing', 'requests-received-2025-de.html', 'https://www.xing.com/contacts/requests'],
  ['xing', 'requests-received-2025-en.html', 'https://www.xing.com/contacts/requests'],
  ['xing', 'requests-received-2019-de.html', 'https://www.xing.com/app/contact?op=toconfirm'],
  ['xing', 'requests-received-2019-en.html', 'https://www.xing.com/app/contact?op=toconfirm'],
  ['linkedin', 'invitations-received-2024-de.html', 'https://www.linkedin.com/mynetwork/invitation-manager/'],
  ['linkedin', 'invitations-received-2024-en.html', 'https://www.linkedin.com/mynetwork/invitation-manager/'],
  ['linkedin', 'invitations-received-2026-de.html', 'https://www.linkedin.com/mynetwork/invitation-manager/received/'],
  ['linkedin', 'invitations-received-2026-en.html', 'https://www.linkedin.com/mynetwork/invitation-manager/received/'],
];

type Mutation = 'none' | 'neighbour' | 'same-name' | 'mixed-language' | 'swapped-labels' | 'missing-decline' | 'moved-out' | 'twin-card';
/** What the flow must do on each mutation: finish, or stop before any click (accept still works where only decline was broken). */
const MUST_FINISH: ReadonlySet<Mutation> = new Set(['none', 'neighbour', 'same-name', 'mixed-language']);
const MUTATIONS: Mutation[] = ['none', 'neighbour', 'same-name', 'mixed-language', 'swapped-labels', 'missing-decline', 'moved-out', 'twin-card'];

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

function mutate(sim: SimPage, target: { key: string; name: string }, mutation: Mutation, random: () => number): void {
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

async function runOn(sim: SimPage, target: { key: string; name: string }, action: FlowAction): Promise<FlowResult> {
  const highlighted: Element[] = [];
  return runFlow(
    {
      doc: sim.doc,
      cards: () => requestCards(sim.platform, sim.doc, sim.url),
      keyOf: keyOfHrefOn(sim.platform, sim.url),
      names: () => sim.people.map((p) => p.name),
      highlight: (el) => highlighted.push(el),
      waitMs: 300,
    },
    target,
    action,
  );
}

describe('verified clicks on mutated request pages', () => {
  it('never clicks a wrong target on 200+ pages; finishes on harmless changes and stops on the others', async () => {
    const random = seededRandom(17);
    let pages = 0;
    const outcomes: string[] = [];
    for (const [site, file, url] of PAGES) {
      const people = loadSimPage(site, file, url).people;
      expect(people.length, file).toBeGreaterThan(3);
      for (const [i, person] of people.entries()) {
        // Five of the eight mutations per person, rotating, so every mutation meets every layout (≈ 240 pages).
        for (const mutation of [0, 1, 2, 3, 4].map((n) => MUTATIONS[(i + n * 2 + n) % MUTATIONS.length]!)) {
          const sim = loadSimPage(site, file, url);
          const target = sim.people.find((p) => p.key === person.key)!;
          mutate(sim, target, mutation, random);
          const dialog = site === 'linkedin' ? (['report', 'other-person', 'none'] as const)[Math.floor(random() * 3)]! : 'none';
          sim.arm(target.key, { dialogAfterDecline: dialog });
          const action: FlowAction = random() < 0.8 ? 'block' : random() < 0.5 ? 'accept' : 'decline';
          const result = await runOn(sim, target, action);
          pages++;
          const where = `${file} ${target.key} ${mutation} ${action} ${JSON.stringify(result)}`;
          const wrong = sim.clicks.filter((c) => c.owner !== target.key || !c.inTargetScope || !['decline', 'accept', 'report', 'block', 'menu'].includes(c.action ?? ''));
          expect(wrong, where).toEqual([]);
          const expected = action === 'block' ? ['decline', 'report', 'block', 'menu'] : [action];
          expect(sim.clicks.every((c) => expected.includes(c.action!)), where).toBe(true);
          if (MUST_FINISH.has(mutation)) {
            expect(result.ok, where).toBe(true);
            if (action === 'block') {
              expect(result.steps.find((s) => s.step === 'decline')?.state, where).toBe('done');
              if (site === 'xing' || dialog === 'report') expect(result.steps.find((s) => s.step === 'report')?.state, where).toBe('done');
              if (dialog === 'other-person') expect(result.steps.find((s) => s.step === 'report')?.state, where).toBe('not-offered');
            }
          } else if (mutation === 'twin-card' || mutation === 'swapped-labels' || action !== 'accept') {
            expect(result.ok, where).toBe(false);
            expect(sim.clicks, where).toEqual([]);
            if (!result.ok) expect(result.left, where).toBe(action === 'block' ? 'decline' : action);
          }
          outcomes.push(`${mutation}:${result.ok}`);
        }
      }
    }
    expect(pages).toBeGreaterThanOrEqual(200);
  }, 240_000); // ≈ 240 pages parsed by happy-dom: slow on a busy machine
});
