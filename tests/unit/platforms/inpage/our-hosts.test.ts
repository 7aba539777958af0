// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { HOSTS_IN, IS_HOST } from '../../../../scripts/lib/our-hosts';
import { createMount } from '../../../../utils/platforms/common/actions/inpage-host';
import { FIX } from './harness';

// The e2e tests and scripts find our hosts as the page sees them (scripts/lib/our-hosts.ts). That only holds while
// no page they run on has such an element of its own: every saved page here is checked, so a new one that has
// one fails here rather than making a test count the wrong elements.
const hostsIn = new Function(`return ${HOSTS_IN}`)() as (node: Node) => Element[];
const isHost = new Function(`return ${IS_HOST}`)() as (el: Element | null) => boolean;

const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : /\.html?$/i.test(e.name) ? [join(dir, e.name)] : []));

/** The saved page as the browser parses it, no script run. */
function parse(file: string): Document {
  const window = new Window({ url: 'https://www.xing.com/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  window.document.write(readFileSync(file, 'utf8'));
  return window.document as unknown as Document;
}

describe('the e2e finder of our hosts', () => {
  const files = pages(FIX);
  it('has fixture pages to check', () => expect(files.length).toBeGreaterThan(40));

  for (const file of files) {
    it(`finds nothing on ${relative(FIX, file)}`, () => {
      const doc = parse(file);
      expect(doc.querySelectorAll('*').length).toBeGreaterThan(4); // parsed (the smallest, a bot check, has 5 elements)
      expect(hostsIn(doc).map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
      void doc.defaultView?.close();
    });
  }

  it('finds each of our mounts on a fixture page, and only them, in document order', () => {
    const doc = document;
    doc.body.innerHTML = '<main><ul><li><a href="/profile/A">A</a></li><li><a href="/profile/B">B</a></li></ul></main>';
    const [first, second] = [createMount(doc, 'en', 'light').host, createMount(doc, 'en', 'dark').host];
    doc.querySelectorAll('li')[1]!.append(second);
    doc.querySelectorAll('li')[0]!.append(first);
    expect(hostsIn(doc)).toEqual([first, second]);
    expect(hostsIn(second)).toEqual([second]);
    expect(isHost(first)).toBe(true);
    first.popover = 'manual'; // the profile card in the top layer
    expect(isHost(first)).toBe(true);
  });

  it('skips what a site has: attributes, children, an open root, a defined element', () => {
    const doc = document;
    doc.body.innerHTML = '<li-icon type="arrow"></li-icon><x-list><span></span></x-list><x-text>a</x-text><x-empty></x-empty>';
    const open = doc.createElement('x-open');
    open.attachShadow({ mode: 'open' });
    doc.body.append(open);
    customElements.define('x-defined', class extends HTMLElement {});
    doc.body.append(doc.createElement('x-defined'));
    expect(hostsIn(doc).map((e) => e.localName)).toEqual(['x-empty']);
    expect(isHost(null)).toBe(false);
    expect(isHost(doc.createElement('div'))).toBe(false);
  });
});
