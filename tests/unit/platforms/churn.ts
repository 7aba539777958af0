// The churn drill's page rewrite, shared by both sites' drills: every `class` becomes one or two random hashes
// and a random half of the other non-semantic attributes (ids, styles, data-request-id, hidden, …) disappear,
// as a site rebuild with new CSS hashes and trimmed markup would do.

/** Attributes that carry meaning (accessibility, links, the sites' own semantic hooks): never touched. */
export const SEMANTIC_ATTRIBUTE =
  /^(aria-.+|role|href|src|alt|title|datetime|type|name|content|rel|lang|data-xds|data-qa|data-testid|data-view-name|data-sdui-screen|componentkey)$/i;

function hash(random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = random() < 0.5 ? 'sc-' : '_';
  for (let i = 0; i < 7; i++) out += letters[Math.floor(random() * letters.length)];
  return out;
}

/** Rewrites the document in place. */
export function churnDocument(doc: Document, random: () => number): void {
  for (const el of doc.querySelectorAll('*')) {
    for (const name of [...el.attributes].map((a) => a.name)) {
      if (name === 'class') el.setAttribute('class', random() < 0.5 ? hash(random) : `${hash(random)} ${hash(random)}`);
      else if (!SEMANTIC_ATTRIBUTE.test(name) && random() < 0.5) el.removeAttribute(name);
    }
  }
}

// ── Issue 15: labels that say something else, badges that move ─────────────────────────────────────────────────
// A rebuilt page may wrap a heading or a name in a link or button whose accessible name describes a badge or an
// action (the real 2024 LinkedIn page: the name h1 inside a link labelled "<first> has verifications"), and may
// move badges into or out of the heading. The readers must then still read the visible name, or refuse.

/** Accessible names a wrapper may carry instead of the name it wraps (`first`: the wrapped name's first word). */
const DECOY_LABELS: readonly ((first: string) => string)[] = [
  (first) => `${first} has verifications`,
  (first) => `${first} hat Verifizierungen`,
  () => 'Premium',
  () => 'Open to work',
  () => 'View Max Mustermann’s profile',
  () => 'Einladung von Erika Musterfrau annehmen',
  () => 'PRO COACH',
  () => 'Max Mustermann',
];
/** Badge texts moved into headings and name lines (both sites' wording). */
const BADGES = ['Premium', 'Open to work', 'Offen für Jobs', '(she/her)', '(er/ihm)', 'PRO COACH', 'Insider', 'Verified', 'Verifiziert'] as const;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Elements that show exactly one of `names` as their whole text, innermost first. */
function nameHolders(doc: Document, names: readonly string[]): Element[] {
  const wanted = new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()));
  return [...doc.querySelectorAll('body *')].filter(
    (el) => !['SCRIPT', 'STYLE', 'CODE', 'TITLE', 'TEMPLATE'].includes(el.tagName) && wanted.has((el.textContent ?? '').replace(/\s+/g, ' ').trim()) && ![...el.children].some((c) => wanted.has((c.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

/**
 * Wraps about half of the headings and name holders in a link or a button labelled with a decoy (a badge, an
 * action, someone else's name), and moves badges: a badge text into about half of the headings, and the last
 * element child of others (an icon, a flag, a badge) out to just after the heading. Returns how many changes it made.
 */
export function labelChurn(doc: Document, random: () => number, names: readonly string[], path: string): number {
  let changes = 0;
  const targets = new Set<Element>([...doc.querySelectorAll('main h1, main h2, [role="main"] h1, [role="main"] h2, #content h1, #content h2'), ...nameHolders(doc, names)]);
  for (const el of targets) {
    if (!el.parentNode || random() < 0.5) continue;
    const first = (el.textContent ?? '').trim().split(/\s+/)[0] ?? '';
    const wrapper = doc.createElement(random() < 0.7 ? 'a' : 'button');
    if (wrapper.tagName === 'A') wrapper.setAttribute('href', random() < 0.5 ? '#' : `${path.replace(/\/?$/, '/')}overlay/about-this-profile/`);
    wrapper.setAttribute(random() < 0.8 ? 'aria-label' : 'title', pick(DECOY_LABELS, random)(first));
    el.parentNode.insertBefore(wrapper, el);
    wrapper.appendChild(el);
    changes++;
  }
  for (const heading of doc.querySelectorAll('h1, h2')) {
    const r = random();
    if (r < 0.4) {
      const badge = doc.createElement('span');
      badge.textContent = pick(BADGES, random);
      heading.appendChild(random() < 0.5 ? doc.createTextNode(' ') : doc.createComment('')).parentNode?.appendChild(badge);
      changes++;
    } else if (r < 0.7 && heading.lastElementChild && heading.parentNode && heading.lastElementChild.textContent?.trim() !== heading.textContent?.trim()) {
      heading.parentNode.insertBefore(heading.lastElementChild, heading.nextSibling);
      changes++;
    }
  }
  return changes;
}
