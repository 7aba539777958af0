import type { BrowserContext, Page } from 'playwright-core';

// Chromium's sampling profiler on one tab, for the profile-* scripts: they attribute main-thread time to the
// extension's script files. For attribution only: the profiler slows down code run for the first time.

export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}

/** A CPU profile as CDP's Profiler.stop gives it (times in monotonic µs). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

export interface ProfiledPage {
  page: Page;
  /** Stops the profiler and gives what it sampled since the tab opened. */
  stop(): Promise<CpuProfile>;
}

/** A new tab in `context` with the sampling profiler already running (every `intervalUs` µs), before any load. */
export async function profiledPage(context: BrowserContext, intervalUs = 100): Promise<ProfiledPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return {
    page,
    stop: async () => ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile,
  };
}

export interface ProfileTree {
  node(id: number): ProfileNode;
  /** The caller's node, undefined at the root. */
  parent(id: number): number | undefined;
  /**
   * The extension file (path below chrome-extension://<id>) that a sample's innermost script frame belongs to, or
   * undefined for a page's or the browser's own code: native calls count for the script that made them.
   */
  extensionFile(id: number): string | undefined;
}

/** A profile's call tree, read by node id. */
export function profileTree(profile: CpuProfile): ProfileTree {
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const node = (id: number): ProfileNode => byId.get(id)!; // ids come from the same profile
  const parent = (id: number): number | undefined => parents.get(id);
  const extensionFile = (id: number): string | undefined => {
    for (let x: number | undefined = id; x !== undefined; x = parent(x)) {
      const url = node(x).callFrame.url;
      if (url.startsWith('chrome-extension://')) return url.replace(/^chrome-extension:\/\/[^/]+/, '');
      if (url) return undefined;
    }
    return undefined;
  };
  return { node, parent, extensionFile };
}
