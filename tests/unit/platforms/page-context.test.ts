// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PageContext } from '../../../utils/platforms/common/actions/page-context';

// The content script's lifetime (WXT's ContentScriptContext is replaced by it at build time, wxt.config.ts).

const extensionId = fakeBrowser.runtime.id;
const removeExtension = () => Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true, writable: true });

describe('PageContext', () => {
  afterEach(() => {
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: extensionId, configurable: true, writable: true });
    vi.useRealTimers();
  });

  it('says nothing to the page when it starts (no event on document or window, no message)', () => {
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');
    const ctx = new PageContext('xing');
    expect(ctx.isValid).toBe(true);
    expect(onDocument).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
  });

  it('runs timers while the extension is there, and none after it was updated or removed', () => {
    vi.useFakeTimers();
    const ctx = new PageContext();
    const fired: string[] = [];
    ctx.setTimeout(() => fired.push('first'), 10);
    vi.advanceTimersByTime(10);
    ctx.setTimeout(() => fired.push('second'), 10);
    removeExtension();
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['first']);
    expect(ctx.isValid).toBe(false);
  });

  it('calls the clean-ups once when its lifetime ends, except those taken back', () => {
    const ctx = new PageContext();
    const calls: string[] = [];
    ctx.onInvalidated(() => calls.push('observer'));
    const cancel = ctx.onInvalidated(() => calls.push('cancelled'));
    cancel();
    removeExtension();
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(calls).toEqual(['observer']);
  });

  it('stops once: a second stop runs nothing again, and a clean-up added after the end never runs', () => {
    const ctx = new PageContext();
    const calls: string[] = [];
    ctx.onInvalidated(() => calls.push('first'));
    ctx.stop('test');
    ctx.stop('again');
    ctx.onInvalidated(() => calls.push('late'));
    ctx.stop('and again');
    expect(calls).toEqual(['first']);
    expect(ctx.isValid).toBe(false);
  });

  it('a fired timer leaves no clean-up behind', () => {
    vi.useFakeTimers();
    const ctx = new PageContext();
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    for (let i = 0; i < 3; i++) ctx.setTimeout(() => undefined, 5);
    vi.advanceTimersByTime(5);
    removeExtension();
    expect(ctx.isValid).toBe(false);
    expect(cleared).not.toHaveBeenCalled();
  });

  it('a newer copy of the same script stops the older one (and only that one), without telling the page', () => {
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const older = new PageContext('xing');
    const other = new PageContext('linkedin');
    const stopped: string[] = [];
    older.onInvalidated(() => stopped.push('older'));
    const newer = new PageContext('xing');
    expect(stopped).toEqual(['older']);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    expect(onDocument).not.toHaveBeenCalled();
  });

  it("a site's full reader, loaded into a profile's tab, takes over from that site's profile reader", () => {
    const profileReader = new PageContext('xing-profile');
    const otherSite = new PageContext('linkedin-profile');
    const full = new PageContext('xing');
    expect(profileReader.isValid).toBe(false);
    expect(otherSite.isValid).toBe(true);
    expect(full.isValid).toBe(true);
  });

  it('document listeners hear events while valid and are removed when it ends', () => {
    const ctx = new PageContext();
    const heard: string[] = [];
    ctx.addEventListener(document, 'click', (event) => heard.push(event.type));
    document.dispatchEvent(new MouseEvent('click'));
    removeExtension();
    document.dispatchEvent(new MouseEvent('click'));
    expect(ctx.isValid).toBe(false);
    document.dispatchEvent(new MouseEvent('click'));
    expect(heard).toEqual(['click']);
  });
});
