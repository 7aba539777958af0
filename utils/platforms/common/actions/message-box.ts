import { matchPage, type PageDetector } from '../../page-types';
import { DRAFT_BOXES, hiddenBox } from './draft-box';

/**
 * Finds the open message or note box that belongs to one person, before the composer puts text into it: the boxes
 * on the page (a textarea or an editable text box inside a form or dialog), each one's owner from the profile
 * links of its conversation (the nearest container that links to someone), or, in a dialog without links (the
 * connection-note dialog), from the person's name in the dialog's text. Pure over the DOM.
 */
export type BoxCheck =
  | { ok: true; box: HTMLElement }
  /** `detail`: with `other-person`, the name the page shows for the box's owner. */
  | { ok: false; reason: 'no-box' | 'ambiguous' | 'other-person' | 'unknown-owner'; detail?: string };

export interface Owner {
  keys: Map<string, string>;
  dialogText?: string;
}

/** The people a box's conversation links to (key → link text), found in the nearest container that links to anyone. */
export function ownerOf(box: Element, pageUrl: string, detectors: readonly PageDetector[]): Owner {
  for (let node = box.parentElement; node && node !== node.ownerDocument.body; node = node.parentElement) {
    const keys = new Map<string, string>();
    for (const a of node.querySelectorAll('a[href]')) {
      let href: string;
      try {
        href = new URL(a.getAttribute('href')!, pageUrl).href;
      } catch {
        continue;
      }
      const key = matchPage(href, detectors)?.key;
      if (key && !keys.has(key)) keys.set(key, (a.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    if (keys.size) return { keys };
    if (node.getAttribute('role') === 'dialog') return { keys, dialogText: (node.textContent ?? '').replace(/\s+/g, ' ') };
  }
  return { keys: new Map() };
}

export function findBoxFor(doc: Document, pageUrl: string, detectors: readonly PageDetector[], target: { key: string; name: string }): BoxCheck {
  const boxes = [...new Set(doc.querySelectorAll<HTMLElement>(DRAFT_BOXES))].filter((b) => !hiddenBox(b) && !b.closest('[role="search"]'));
  if (boxes.length === 0) return { ok: false, reason: 'no-box' };
  const owners = boxes.map((box) => ({ box, owner: ownerOf(box, pageUrl, detectors) }));
  const mine = owners.filter(({ owner }) => owner.keys.has(target.key) || (owner.keys.size === 0 && !!owner.dialogText?.includes(target.name)));
  if (mine.length === 1) return { ok: true, box: mine[0]!.box };
  if (mine.length > 1) return { ok: false, reason: 'ambiguous' };
  const other = owners.find(({ owner }) => owner.keys.size > 0);
  if (other) {
    const [key, name] = [...other.owner.keys][0]!;
    return { ok: false, reason: 'other-person', detail: name || key };
  }
  return { ok: false, reason: 'unknown-owner' };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the box holds now, as text. */
export function boxText(box: HTMLElement): string {
  return box instanceof HTMLTextAreaElement ? box.value : (box.innerText ?? box.textContent ?? '');
}

/**
 * Puts `text` into the box, replacing what it held, the way typing would (so the site's editor sees an input
 * event), and confirms it arrived. Never submits the form.
 */
export function insertInto(box: HTMLElement, text: string): boolean {
  box.focus();
  if (box instanceof HTMLTextAreaElement) {
    // The native setter, so frameworks that track the value see the change.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    const doc = box.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(box);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // insertText keeps the site's rich-text editor in step; where it is not supported, plain text nodes.
    const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
    if (!done || normalise(boxText(box)) !== normalise(text)) {
      box.replaceChildren(...text.split('\n').map((line) => {
        const p = doc.createElement('p');
        p.textContent = line;
        if (!line) p.append(doc.createElement('br'));
        return p;
      }));
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    }
  }
  return normalise(boxText(box)) === normalise(text);
}

/** Whom a draft in this box is for, as far as the page says, and whether it is a connection note or a message. */
export interface DraftTarget {
  kind: 'message' | 'note';
  key?: string;
  name?: string;
}

/**
 * A box whose conversation links to exactly one person is a message to them; a box in a dialog that links to
 * no one is the connection-note dialog, for the profile the page shows. Anything else names no one.
 */
export function draftTarget(box: HTMLElement, pageUrl: string, detectors: readonly PageDetector[]): DraftTarget {
  const owner = ownerOf(box, pageUrl, detectors);
  if (owner.keys.size === 1) {
    const [key, name] = [...owner.keys][0]!;
    return { kind: 'message', key, ...(name ? { name: name.slice(0, 500) } : {}) };
  }
  if (owner.keys.size === 0 && owner.dialogText !== undefined) {
    const page = matchPage(pageUrl, detectors);
    return { kind: 'note', ...(page?.type.endsWith('.profile') && page.key ? { key: page.key } : {}) };
  }
  return { kind: 'message' };
}
