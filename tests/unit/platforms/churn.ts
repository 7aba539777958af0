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
