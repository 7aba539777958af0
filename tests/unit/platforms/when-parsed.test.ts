// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whenParsed } from '../../../utils/platforms/common/actions/when-parsed';

/** A document as the pills see it at document_start: still parsing until `done()`. */
function parsingDocument(): { doc: Document; done(): void } {
  let state: DocumentReadyState = 'loading';
  const doc = document.implementation.createHTMLDocument('list');
  Object.defineProperty(doc, 'readyState', { get: () => state });
  return { doc, done: () => ((state = 'interactive'), doc.dispatchEvent(new Event('DOMContentLoaded'))) };
}

describe('whenParsed', () => {
  it('starts at once on a parsed document', () => {
    const doc = document.implementation.createHTMLDocument('list');
    let started = 0;
    whenParsed(doc, () => void started++);
    expect(started).toBe(1);
  });

  it('waits for the end of parsing on a document still loading, and starts once', () => {
    const { doc, done } = parsingDocument();
    let started = 0;
    whenParsed(doc, () => void started++);
    expect(started).toBe(0);
    done();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(started).toBe(1);
  });
});
