import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { SnapshotInput } from '../../../utils/platforms/parse-snapshot';
import { OFFSCREEN_PARSE } from '../../../utils/platforms/parse-snapshot';

// Chrome's side of the reader (entrypoints/background/snapshot-reader.ts): the offscreen document is opened on
// demand, once for copies that come together, asked, and closed after a minute without a copy.

const input: SnapshotInput = { platform: 'xing', url: 'https://www.xing.com/profile/A_B', html: '<main></main>', now: 1, tzOffsetMin: 0 };
const answer = { ok: true, page: { pageType: 'xing.profile' } };

type Fake = { open: boolean; create: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };

function fakeChrome(opts: { getContexts?: boolean } = {}): Fake {
  const fake: Fake = {
    open: false,
    create: vi.fn(async () => {
      if (fake.open) throw new Error('Only a single offscreen document may be created.');
      fake.open = true;
    }),
    close: vi.fn(async () => {
      if (!fake.open) throw new Error('No current offscreen document.');
      fake.open = false;
    }),
    send: vi.fn(async (message: { type: string }) => {
      if (!fake.open) throw new Error('Could not establish connection. Receiving end does not exist.');
      return message.type === OFFSCREEN_PARSE ? answer : undefined;
    }),
  };
  const b = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
  b.offscreen = { createDocument: fake.create, closeDocument: fake.close };
  b.runtime.sendMessage = fake.send;
  b.runtime.getContexts = opts.getContexts === false ? undefined : vi.fn(async () => (fake.open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []));
  return fake;
}

async function reader() {
  vi.resetModules();
  return (await import('../../../entrypoints/background/snapshot-reader')).readSnapshot;
}

describe('the offscreen reader (Chrome)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens the document on the first copy, once for copies that come together, and returns its answer', async () => {
    const fake = fakeChrome();
    const read = await reader();
    expect(await Promise.all([read(input), read(input)])).toEqual([answer, answer]);
    expect(fake.create).toHaveBeenCalledTimes(1);
    expect(fake.create.mock.calls[0]![0]).toMatchObject({ url: '/offscreen.html', reasons: ['DOM_PARSER'] });
    expect(fake.send).toHaveBeenCalledWith({ type: OFFSCREEN_PARSE, input });
  });

  it('closes it after a minute without a copy, and a copy before that keeps it open', async () => {
    const fake = fakeChrome();
    const read = await reader();
    await read(input);
    await vi.advanceTimersByTimeAsync(50_000);
    await read(input);
    await vi.advanceTimersByTimeAsync(50_000);
    expect(fake.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(fake.close).toHaveBeenCalledTimes(1);
    expect(fake.open).toBe(false);
    expect(await read(input)).toEqual(answer); // opened again
    expect(fake.create).toHaveBeenCalledTimes(2);
  });

  it('takes an open document where the browser cannot tell (no runtime.getContexts before Chrome 116)', async () => {
    const fake = fakeChrome({ getContexts: false });
    fake.open = true; // an earlier worker's
    const read = await reader();
    expect(await read(input)).toEqual(answer);
    expect(fake.create).toHaveBeenCalledTimes(1);
  });

  it('opens it again and asks once more when it closed as the copy came', async () => {
    const fake = fakeChrome();
    const read = await reader();
    await read(input);
    // Open when looked at, gone when asked: the idle close of an earlier worker's life landing in between.
    fake.send.mockImplementationOnce(async () => {
      fake.open = false;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await read(input)).toEqual(answer);
    expect(fake.create).toHaveBeenCalledTimes(2);
    expect(fake.send).toHaveBeenCalledTimes(3);
  });

  it('fails where the document cannot be made (the error is the handler’s to report)', async () => {
    const fake = fakeChrome();
    fake.create.mockRejectedValueOnce(new Error('offscreen is not allowed'));
    const read = await reader();
    await expect(read(input)).rejects.toThrow('offscreen is not allowed');
  });
});
