import { browser } from './content-browser';

/** What the content script needs of its lifetime: timers and listeners that end with it. */
export interface ScriptLifetime {
  setTimeout(handler: () => void, ms: number): number;
  onInvalidated(callback: () => void): () => void;
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
}

// Where the running copy of a site's content script keeps itself: a global of the extension's isolated world,
// which the page cannot see, shared by every copy of our scripts injected into this page. A site's profile
// reader (`xing-profile`) and its full reader (`xing`) share one place: the full one, loaded into a profile's
// tab when the site moves on in place to a request list, takes over from the profile reader.
const running = (name: string): symbol => Symbol.for(`handschlag:content-script:${name.replace(/-profile$/, '')}`);

/**
 * The content script's lifetime, in place of WXT's ContentScriptContext (wxt.config.ts puts it into WXT's
 * content-script entry). WXT's announces every start to the page: a CustomEvent on `document` whose name
 * holds the extension id, which any page that knows the id can listen for (LinkedIn looks for extensions).
 * This one says nothing to the page. A newer copy of the same script (injected again during development)
 * stops the older one through the isolated world; a script left in a tab after the extension was updated
 * or removed stops itself the next time it would run: its `browser.runtime.id` is gone then.
 */
export class PageContext implements ScriptLifetime {
  // Plain clean-up callbacks rather than an AbortController: the script's first use of AbortController and
  // AbortSignal makes the isolated world set up both interfaces, a cost paid in every new tab.
  #ended = false;
  readonly #cleanups = new Set<() => void>();

  // WXT's entry passes the script's name and options; the options are not needed here.
  constructor(readonly name = 'content') {
    const slot = globalThis as unknown as Record<symbol, { stop(reason: string): void } | undefined>;
    slot[running(name)]?.stop('a newer copy of the script started');
    slot[running(name)] = this;
  }

  /** Ends the lifetime now: timers and listeners stop, clean-ups run (once). The reason is for debugging. */
  stop(_reason: string): void {
    if (this.#ended) return;
    this.#ended = true;
    const cleanups = [...this.#cleanups];
    this.#cleanups.clear();
    for (const cleanup of cleanups) cleanup();
  }

  get isValid(): boolean {
    if (!this.#ended && browser.runtime?.id == null) this.stop('the extension was updated or removed');
    return !this.#ended;
  }

  get isInvalid(): boolean {
    return !this.isValid;
  }

  /** Calls back once when the script's lifetime ends (never if it has ended); returns a function that cancels that. */
  onInvalidated(callback: () => void): () => void {
    if (this.#ended) return () => undefined;
    this.#cleanups.add(callback);
    return () => void this.#cleanups.delete(callback);
  }

  /** A timer that does not fire after the lifetime ended (and forgets its clean-up once it fired). */
  setTimeout(handler: () => void, ms: number): number {
    let cancel = () => {};
    const id = window.setTimeout(() => {
      cancel();
      if (this.isValid) handler();
    }, ms);
    cancel = this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /** A listener removed when the lifetime ends. */
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void {
    const listener = (event: DocumentEventMap[K]) => {
      if (this.isValid) handler(event);
    };
    target.addEventListener(type, listener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener, options));
  }
}

// The name WXT's content-script entry imports.
export { PageContext as ContentScriptContext };
