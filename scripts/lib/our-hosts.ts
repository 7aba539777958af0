import type { CDPSession } from 'playwright-core';

/**
 * Our in-page hosts as the page sees them, for the e2e tests and scripts. The product puts no marker on them (the
 * tag is drawn at random per load: HOST_TAG in utils/platforms/common/actions/inpage-slot.ts), so they are found by
 * what a host is: an element with a custom-element name that no script of the page defined (`:not(:defined)`, and
 * not in `customElements` where the world has one: happy-dom gets `:defined` wrong), with no child nodes, a closed
 * shadow root (`shadowRoot` null) and no attribute but the `popover` the profile card gets (card-place.ts). No
 * fixture page has such an element (tests/unit/platforms/inpage/our-hosts.test.ts keeps it so).
 * Page code as source text: Playwright and puppeteer evaluate a string as it is (a function of ours would carry
 * tsx's helpers into the page), over the protocol, outside the page's CSP. The same in any world of the page.
 */
export const IS_HOST = `((el) => !!el && el.nodeType === 1 && el.localName.includes('-') && el.matches(':not(:defined)')
  && el.childNodes.length === 0 && el.shadowRoot === null && [...el.attributes].every((a) => a.name === 'popover')
  && !(((el.ownerDocument.defaultView || {}).customElements || { get: () => undefined }).get(el.localName)))`;

/**
 * Source of `(node) => Element[]`: the node if it is a host, else the hosts under it, in document order. The
 * selector does the bulk natively (a script loop over a grown list's 29,000 elements took 30–80 ms, this
 * 8 ms with the 1,000 hosts among them).
 * Hosts inside a site's open shadow roots are not looked for: the product puts none there.
 */
export const HOSTS_IN = `((node) => {
  const isHost = ${IS_HOST};
  if (isHost(node)) return [node];
  return node.querySelectorAll ? [...node.querySelectorAll(':not(:defined)')].filter(isHost) : [];
})`;

/** Expression: the page's hosts now (an array of elements). */
export const HOSTS = `${HOSTS_IN}(document)`;

/** Expression: whether the page's focus is on one of our hosts (all the page sees when focus is inside one). */
export const HOST_FOCUSED = `${IS_HOST}(document.activeElement)`;

/** Expression: the index among HOSTS of the host that has the focus (-1: none). */
export const FOCUSED_HOST_INDEX = `${HOSTS}.indexOf(document.activeElement)`;

/**
 * Waits until `expression` (page code, e.g. `${HOSTS}.length === 3`) is truthy, asking the page every 100 ms. Not
 * waitForFunction: Playwright evaluates a string predicate with eval inside the page, which a site's CSP refuses.
 */
export async function waitUntil(page: { evaluate(expression: string): Promise<unknown> }, expression: string, timeout = 10_000): Promise<void> {
  for (const end = Date.now() + timeout; ; await new Promise((r) => setTimeout(r, 100))) {
    if (await page.evaluate(expression)) return;
    if (Date.now() > end) throw new Error(`not within ${timeout} ms: ${expression.slice(-120)}`);
  }
}

/** A node as the DevTools protocol describes it (the part the tests read). */
export interface DomNode {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

/**
 * Our hosts in the page's main frame as DevTools nodes with everything inside, closed shadow roots included (what
 * the page cannot read), in the order of HOSTS: found by the same rule, then described over the protocol.
 */
export async function hostNodes(cdp: CDPSession): Promise<DomNode[]> {
  const objectGroup = 'our-hosts';
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: HOSTS, objectGroup });
  try {
    if (exceptionDetails || !result.objectId) throw new Error(`finding our hosts failed: ${exceptionDetails?.exception?.description ?? exceptionDetails?.text}`);
    const { result: props } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const elements = props.filter((p) => /^\d+$/.test(p.name) && p.value?.objectId).sort((a, b) => Number(a.name) - Number(b.name));
    const nodes: DomNode[] = [];
    for (const p of elements) nodes.push((await cdp.send('DOM.describeNode', { objectId: p.value!.objectId!, depth: -1, pierce: true })).node);
    return nodes;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}
