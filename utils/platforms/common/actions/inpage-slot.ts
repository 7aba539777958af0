/** The name (for `Symbol.for`) under which the running in-page UI keeps its handle in the tab's isolated world. */
export const INPAGE_SLOT = 'handschlag:inpage';

/** The same for the recognition card on profile pages (entrypoints/profile-card.ts). */
export const CARD_SLOT = 'handschlag:profile-card';

/** The same for the draft hint beside the sites' message and note boxes (entrypoints/draft-hint.ts). */
export const DRAFT_SLOT = 'handschlag:draft-hint';

/** The same for the composer's insert listener (entrypoints/compose-insert.ts). */
export const INSERT_SLOT = 'handschlag:compose-insert';

/** Custom-element names the standard reserves (two runs of 3–8 letters can spell some of them). */
const RESERVED = new Set(['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph']);

/**
 * The tag of the element the site sees of us: a valid custom-element name drawn at random once per load of the
 * script (the host has no attribute, and nothing inside the closed root is the page's to read). A fixed tag named
 * after us would be a fingerprint for the sites to scan for (LinkedIn restricts accounts that run automation
 * extensions); a standard tag such as `span` would take the sites' own CSS. Our code knows its hosts by `isOurHost`;
 * the e2e tests and scripts find them as the page sees them (scripts/lib/our-hosts.ts).
 */
export const HOST_TAG = randomHostTag();

/** Two runs of 3–8 random letters a–z joined by a hyphen, e.g. `qzvok-mhetrw`; `fill` is the random source (tests). */
export function randomHostTag(fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let pool: Uint8Array = new Uint8Array(0);
  let at = 0;
  // Rejection sampling: every letter and length equally likely (no modulo bias).
  const below = (n: number): number => {
    for (const limit = 256 - (256 % n); ; ) {
      if (at >= pool.length) [pool, at] = [fill(new Uint8Array(32)), 0];
      const b = pool[at++]!;
      if (b < limit) return b % n;
    }
  };
  const run = () => Array.from({ length: 3 + below(6) }, () => String.fromCharCode(97 + below(26))).join('');
  for (;;) {
    const tag = `${run()}-${run()}`;
    if (!RESERVED.has(tag) && !tag.includes('handschlag')) return tag;
  }
}

/** What a running in-page script keeps in its slot: the background reaches it through `browser.scripting`. */
export interface RunningInPage {
  refresh(): void;
  stop(reason: string): void;
}

const handles = globalThis as unknown as Record<symbol, RunningInPage | undefined>;

/** The handle kept in `slot` in this isolated world, if a copy of that script runs. */
export const runningIn = (slot: string): RunningInPage | undefined => handles[Symbol.for(slot)];

/** Keeps `running` in `slot`, or (undefined) empties the slot when the script stops. */
export function keepRunning(slot: string, running: RunningInPage | undefined): void {
  if (running) handles[Symbol.for(slot)] = running;
  else delete handles[Symbol.for(slot)];
}

/** Our hosts, kept in the isolated world (a `Symbol.for` slot, shared by every content script of ours; the page has no way to it). */
const HOSTS_SLOT = 'handschlag:hosts';
const hostSlots = globalThis as unknown as Record<symbol, WeakSet<Node> | undefined>;
const ourHosts = (): WeakSet<Node> => (hostSlots[Symbol.for(HOSTS_SLOT)] ??= new WeakSet<Node>());

/** Records `host` as one of ours (called by createMount). */
export const keepHost = (host: Node): void => void ourHosts().add(host);

/** Whether `node` is a host of our in-page UI. */
export const isOurHost = (node: Node): boolean => ourHosts().has(node);
