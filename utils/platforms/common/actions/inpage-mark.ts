import { MARK_HOST_STYLE } from '../../../../components/inpage/styles';
import { createMount, type InPageMount } from './inpage-host';

/** How long the marker stays over the site's control when the user does not use it (then it would only be in the way). */
export const MARK_MS = 20_000;

export interface ControlMarker {
  /** Marks the site's control (or card) for the step left to do: a red frame of ours over it, in view, the control focused. */
  mark(el: Element): void;
  /** Takes the frame away (the user acted, the badge closed, or the in-page results were turned off). */
  clear(): void;
}

/**
 * Draws the marker inside a host of our own (fixed, above the page, never taking a click), positioned over the
 * control: nothing is written to the site's element. It goes when the control is used, after `ms`, on the next
 * mark, and on clear(). One at a time per marker.
 */
export function controlMarker(doc: Document, ms = MARK_MS): ControlMarker {
  let shown: { mount: InPageMount; undo: () => void } | undefined;
  const clear = () => {
    shown?.undo();
    shown?.mount.host.remove();
    shown = undefined;
  };
  const mark = (el: Element) => {
    clear();
    const view = doc.defaultView;
    const html = el as HTMLElement;
    html.scrollIntoView?.({ block: 'center' });
    if (html.matches('button, a[href], [tabindex]')) html.focus({ preventScroll: true });
    const mount = createMount(doc, doc.documentElement.lang || 'en', 'light', MARK_HOST_STYLE);
    const frame = doc.createElement('div');
    frame.className = 'mark';
    mount.container.append(frame);
    const place = () => {
      const r = el.getBoundingClientRect();
      Object.assign(frame.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    place();
    doc.body.append(mount.host);
    // The user used the control: the marker has done its job.
    const used = () => clear();
    el.addEventListener('click', used, { capture: true, once: true });
    view?.addEventListener('scroll', place, { capture: true, passive: true });
    view?.addEventListener('resize', place, { passive: true });
    const timer = view?.setTimeout(clear, ms);
    shown = {
      mount,
      undo: () => {
        el.removeEventListener('click', used, { capture: true });
        view?.removeEventListener('scroll', place, { capture: true });
        view?.removeEventListener('resize', place);
        if (timer !== undefined) view?.clearTimeout(timer);
      },
    };
  };
  return { mark, clear };
}
