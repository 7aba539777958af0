import type { BrowserContext, Page } from 'playwright-core';
import { hostNodes } from '../../../scripts/lib/our-hosts';

/**
 * A tripwire in every page of the context, extension pages included: the corpus's payloads set `window.__tripwire`
 * or call alert() when they run; a blocked attempt (the sites' and the extension's CSP) fires a
 * `securitypolicyviolation`. Each is recorded with the page's URL.
 */
export async function armTripwire(context: BrowserContext): Promise<string[]> {
  const trips: string[] = [];
  await context.exposeBinding('__handschlagTrip', ({ page }, what: string) => void trips.push(`${page?.url() ?? '?'}: ${what}`));
  await context.addInitScript(() => {
    const trip = (what: string) => (globalThis as unknown as { __handschlagTrip: (w: string) => void }).__handschlagTrip(what);
    Object.defineProperty(globalThis, '__tripwire', { configurable: false, get: () => undefined, set: () => trip('window.__tripwire was set') });
    addEventListener('securitypolicyviolation', (e) => trip(`CSP ${e.violatedDirective} refused ${e.sample || e.blockedURI}`), true);
  });
  const watch = (page: Page) =>
    page.on('dialog', (d) => {
      trips.push(`${page.url()}: ${d.type()} "${d.message()}"`);
      void d.dismiss();
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return trips;
}

interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface Audit {
  /** Elements and attributes that page text must never become. */
  problems: string[];
  /** Every link's href (ours only, on a site page). */
  links: string[];
  /** Text of the audited part (the whole extension page, or our hosts' closed roots on a site page). */
  text: string;
}

const SITE_LINK = /^https:\/\/www\.(xing|linkedin)\.com\//;
const NEVER = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'svg', 'math', 'BASE', 'IMG']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc']);

/**
 * The whole DOM, closed shadow roots included (DevTools protocol, pierce), checked for what hostile text could turn
 * into: an `on…` attribute, a `javascript:`/`data:` URL anywhere, and (in the audited part) elements of the NEVER list
 * other than the page's own (the extension's own scripts and icon), links anywhere but the two sites or the
 * extension itself. On a site page the audited part is our hosts (found as in scripts/lib/our-hosts.ts); the rest is the site's.
 */
export async function auditPage(page: Page, ownOrigin: string): Promise<Audit> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const hosts = new Set((await hostNodes(cdp)).map((host) => host.backendNodeId));
  await cdp.detach();
  const onSite = !page.url().startsWith(ownOrigin);
  const own = (url: string) => url.startsWith('/') && !url.startsWith('//') || url.startsWith(ownOrigin) || /^(#|options\.html|popup\.html|chunks\/|assets\/)/.test(url);
  const audit: Audit = { problems: [], links: [], text: '' };
  const texts: string[] = [];
  const walk = (node: CdpNode, audited: boolean) => {
    const attrs = new Map<string, string>();
    for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) attrs.set(node.attributes![i]!.toLowerCase(), node.attributes![i + 1]!);
    const name = node.nodeName;
    const inHost = audited || hosts.has(node.backendNodeId);
    const checked = onSite ? inHost : true;
    for (const [attr, value] of attrs) {
      if (attr.startsWith('on')) audit.problems.push(`<${name} ${attr}="${value.slice(0, 60)}">`);
      if (checked && URL_ATTRS.has(attr) && /^\s*(javascript|data|vbscript):/i.test(value)) audit.problems.push(`<${name} ${attr}="${value.slice(0, 60)}">`);
    }
    if (checked && NEVER.has(name)) {
      const src = attrs.get('src') ?? attrs.get('href') ?? '';
      const ours = (name === 'SCRIPT' || name === 'IMG') && !!src && own(src);
      if (!ours) audit.problems.push(`<${name}${src ? ` ${src.slice(0, 60)}` : ''}> in ${onSite ? 'our host' : 'the page'}`);
    }
    if (checked && name === 'A' && attrs.has('href')) {
      const href = attrs.get('href')!;
      audit.links.push(href);
      if (!SITE_LINK.test(href) && !own(href)) audit.problems.push(`a link to ${href.slice(0, 80)}`);
    }
    if (checked && node.nodeType === 3) texts.push(node.nodeValue ?? '');
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
      if (name === 'STYLE' || name === 'SCRIPT') continue;
      walk(child, inHost);
    }
  };
  walk(root, false);
  audit.text = texts.join(' ');
  return audit;
}
