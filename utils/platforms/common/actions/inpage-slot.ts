/** The name (for `Symbol.for`) under which the running in-page UI keeps its handle in the tab's isolated world. */
export const INPAGE_SLOT = 'handschlag:inpage';

/** The same for the recognition card on profile pages (entrypoints/profile-card.ts). */
export const CARD_SLOT = 'handschlag:profile-card';

/**
 * The element the site sees of us: one per mount, with no attributes and nothing the page can read inside. Its tag
 * is ours, and so a page script could count our hosts with one selector; a plain `div` would not, but the e2e
 * tests and benches find the hosts by this tag (closed shadow roots leave them no other way from the page), so
 * that change waits for a finder over the DevTools protocol. Our own code knows its hosts by `isOurHost`.
 */
export const HOST_TAG = 'handschlag-ui';
/** The same for the draft hint beside the sites' message and note boxes (entrypoints/draft-hint.ts). */
export const DRAFT_SLOT = 'handschlag:draft-hint';

/** The same for the composer's insert listener (entrypoints/compose-insert.ts). */
export const INSERT_SLOT = 'handschlag:compose-insert';

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
