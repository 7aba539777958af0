// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardPlace, keepEventsInside, placeHost } from '../../../utils/platforms/common/actions/card-place';
import { FIXTURES_DIR } from '../../../scripts/lib/site-server';

const page = (body: string) => {
  document.body.innerHTML = body;
  return document;
};
const fixtureBody = (path: string) => {
  const html = readFileSync(resolve(FIXTURES_DIR, path), 'utf8');
  // The body alone: the head's stylesheets would be fetched.
  return page(/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!);
};
/** The host placed, and what precedes it in the page's reading order. */
const placed = (doc: Document) => {
  const host = doc.createElement('div');
  placeHost(doc, host);
  return host;
};

describe('the recognition card sits after the profile heading in reading order', () => {
  it('goes right after a plain heading, before the rest of the top card', () => {
    const doc = page('<header>Site</header><main><div class="top"><h1>Ada</h1><p>Engineer</p></div><footer><a href="#">x</a></footer></main>');
    const host = placed(doc);
    expect(host.previousElementSibling?.localName).toBe('h1');
    expect(host.nextElementSibling?.localName).toBe('p');
  });

  it('never inside a link around the heading, nor in the inline wrapper around that link', () => {
    const doc = page('<main><div class="block"><span class="hover"><a href="/in/ada"><h1>Ada</h1></a></span><span>1st</span></div></main>');
    const host = placed(doc);
    expect(host.closest('a, span')).toBeNull();
    expect(host.parentElement?.className).toBe('block');
    expect(host.previousElementSibling?.className).toBe('hover');
  });

  it('prefers the heading in main over one in the site header; without one, the end of the body', () => {
    const doc = page('<header><h1>Site</h1></header><main><section><h1>Ada</h1></section></main>');
    expect((cardPlace(doc).before as Element | null)?.localName ?? null).toBe(null);
    expect(cardPlace(doc).parent.localName).toBe('section');
    const none = page('<main><p>loading</p></main>');
    expect(cardPlace(none)).toEqual({ parent: none.body, before: null });
  });

  it('on the fixtures: after the XING name heading and after the LinkedIn name link, in the top card', () => {
    const xing = placed(fixtureBody('xing/profile-2025-de.html'));
    expect(xing.previousElementSibling?.localName).toBe('h1');
    const linkedin = placed(fixtureBody('linkedin/profile-2024-en.html'));
    expect(linkedin.closest('a')).toBeNull();
    expect(linkedin.previousElementSibling?.querySelector('h1')?.textContent).toContain('Amelia Hartmann');
  });

  it('stays where it is when placed again (a move would drop the focus), and moves back after the site re-drew', () => {
    const doc = page('<main><div><h1>Ada</h1><p>x</p></div></main>');
    const host = placed(doc);
    let moved = 0;
    new MutationObserver((records) => (moved += records.length)).observe(doc.body, { childList: true, subtree: true });
    placeHost(doc, host);
    return Promise.resolve().then(() => {
      expect(moved).toBe(0);
      doc.body.innerHTML = '<main><div><h1>Ada</h1><p>y</p></div></main>';
      placeHost(doc, host);
      expect(host.isConnected).toBe(true);
      expect(host.previousElementSibling?.localName).toBe('h1');
    });
  });

  it("keeps what happens in the card from the site's handlers around it", () => {
    const doc = page('<main><div id="top"><h1>Ada</h1></div></main>');
    const host = placed(doc);
    keepEventsInside(host);
    const inner = doc.createElement('button');
    host.append(inner);
    const seen: string[] = [];
    for (const type of ['click', 'keydown', 'focusin']) doc.getElementById('top')!.addEventListener(type, () => seen.push(type));
    inner.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    inner.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(seen).toEqual([]);
    doc.querySelector('h1')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual(['click']);
  });
});
