import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { FIXTURES_DIR } from '../../../scripts/lib/site-server';

/** What a fixture shows of one person, and what a built page shows instead. */
export interface Shown {
  key: string;
  name: string;
  headline: string;
  note?: string;
}

/**
 * In the page (self-contained for `page.evaluate`): `root` with `from`'s texts replaced by `to`'s, as the site would
 * render them: text nodes whose folded text is a field's become the new field, attributes naming the person
 * (labels, titles, alt texts) name the new one, links to the old key link to the new key. Text is set as text
 * (textContent, setAttribute): the page built from it holds the hostile strings escaped, as the sites serve them.
 */
export function swapPerson(args: { root?: Element; from: Shown; to: Shown }): void {
  const root = args.root ?? document.documentElement;
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const fields = (['name', 'headline', 'note'] as const).filter((f) => args.from[f] && args.to[f] !== undefined);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) hits.push(node as Text);
  for (const node of hits) {
    const field = fields.find((f) => fold(node.nodeValue ?? '') === fold(args.from[f]!));
    if (field) node.nodeValue = args.to[field]!;
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of ['aria-label', 'title', 'alt', 'content']) {
      const value = el.getAttribute(attr);
      if (value?.includes(args.from.name)) el.setAttribute(attr, value.split(args.from.name).join(args.to.name));
    }
    const href = el.getAttribute('href');
    if (href?.includes(`/${args.from.key}`)) el.setAttribute('href', href.split(`/${args.from.key}`).join(`/${args.to.key}`));
  }
}

/** In the page: the list's cards replaced by one copy of the template card per entry (the first card is the template). */
export function buildList(args: { card: string; from: Shown; to: Shown[] }): number {
  const cards = [...document.querySelectorAll(args.card)];
  const template = cards[0]!;
  const parent = template.parentElement!;
  for (const card of cards) card.remove();
  const swap = (globalThis as unknown as { __swapPerson: typeof swapPerson }).__swapPerson;
  for (const to of args.to) {
    const copy = template.cloneNode(true) as Element;
    swap({ root: copy, from: args.from, to });
    parent.append(copy);
  }
  return parent.querySelectorAll(args.card).length;
}

/**
 * A saved page changed in a blank tab (no content script runs there, its scripts are removed first, so the page's
 * own state data cannot contradict what it shows) and serialised, to be served at the real URL.
 */
export async function buildPage(context: BrowserContext, file: string, change: { kind: 'person'; from: Shown; to: Shown } | { kind: 'list'; card: string; from: Shown; to: Shown[] }): Promise<{ html: string; count: number }> {
  const saved = readFileSync(resolve(FIXTURES_DIR, file), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const page = await context.newPage();
  try {
    await page.setContent(saved, { waitUntil: 'domcontentloaded' });
    await page.evaluate(`globalThis.__swapPerson = ${swapPerson.toString()}`);
    const count = change.kind === 'person' ? (await page.evaluate(swapPerson, { from: change.from, to: change.to }), 1) : await page.evaluate(buildList, { card: change.card, from: change.from, to: change.to });
    return { html: `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`, count };
  } finally {
    await page.close();
  }
}

/** A saved request list whose cards become the corpus: where it is served, its cards, the person its first card shows. */
export interface ListSpec {
  platform: 'xing' | 'linkedin';
  file: string;
  url: string;
  card: string;
  from: Shown;
  key: (i: number) => string;
  /** The reader's longest name in UTF-16 units once cleaned (xing/request-card.ts, linkedin/label-check.ts). */
  maxName: number;
}

type FixtureLike = { file: string; url: string; expect: { requests?: { key: string; name: string; note?: string }[] } };
const firstCard = (f: FixtureLike): Shown => {
  const r = f.expect.requests![0]! as { key: string; name: string; note?: string; headline?: string };
  return { key: r.key, name: r.name, headline: r.headline ?? '', note: r.note ?? '' };
};

/** The received-requests lists of both sites. */
export function requestLists(xing: FixtureLike, linkedin: FixtureLike): ListSpec[] {
  return [
    { platform: 'xing', file: `xing/${xing.file}`, url: xing.url, card: 'li[data-testid="contact-request-card"]', from: firstCard(xing), key: (i) => `Hostile_${i}`, maxName: 200 },
    { platform: 'linkedin', file: `linkedin/${linkedin.file}`, url: linkedin.url, card: 'div[role="listitem"]', from: firstCard(linkedin), key: (i) => `hostile-${i}`, maxName: 120 },
  ];
}
