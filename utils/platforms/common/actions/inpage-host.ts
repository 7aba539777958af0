import { INPAGE_CSS } from '../../../../components/inpage/styles';
import { HOST_TAG, isOurHost, keepHost } from './inpage-slot';

export { HOST_TAG, isOurHost };

export interface InPageMount {
  /** The element inside the closed shadow root that components render into. */
  container: HTMLElement;
  host: HTMLElement;
  /** Follows the site's scheme again (the site may switch between light and dark). */
  setTheme(theme: 'light' | 'dark'): void;
}

/**
 * A host element with a CLOSED shadow root and the styles inlined (a constructed stylesheet where the browser
 * lets the isolated world adopt one, else a <style> element): the page cannot read or restyle what is inside,
 * loads no file of ours, and sees no extension URL. Shared by the request badges and the journal's profile card.
 */
export function createMount(doc: Document, lang: string, theme: 'light' | 'dark', hostCss = ''): InPageMount {
  const host = doc.createElement(HOST_TAG); // a tag drawn at random for this load of the script, no attribute
  keepHost(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  // The host's own place (fixed toast, card, hint) goes in `:host` rules inside the shadow root: no style attribute.
  if (!adoptSheets(shadow, hostCss)) {
    const style = doc.createElement('style');
    style.textContent = INPAGE_CSS + hostCss;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  container.className = `root ${theme}`;
  container.lang = lang;
  shadow.append(container);
  return { container, host, setTheme: (next) => void (container.className = `root ${next}`) };
}

/** One constructed sheet per text (the shared styles, and each host kind's place); null once the browser refused one. */
const sheets = new Map<string, CSSStyleSheet>();
let refused = false;
function sheetOf(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}
function adoptSheets(shadow: ShadowRoot, hostCss: string): boolean {
  if (refused) return false;
  try {
    shadow.adoptedStyleSheets = hostCss ? [sheetOf(INPAGE_CSS), sheetOf(hostCss)] : [sheetOf(INPAGE_CSS)];
    return true;
  } catch {
    refused = true; // older Firefox content-script compartments refused it (153 adopts it): a <style> element instead
    return false;
  }
}

/** The site's scheme where the element sits: the luminance of the first opaque background above it. */
export function siteTheme(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let at: Element | null = el; at; at = at.parentElement) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(view.getComputedStyle(at).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? 'dark' : 'light';
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
