import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sessionAnswerStore } from '../../../entrypoints/background/answer-store';
import { askInStages, askRequests } from '../../../entrypoints/popup/load';
import { KEPT_FORMAT, keptStorageKey, popupKeptKey, type PopupAnswer } from '../../../utils/messaging/kept';
import { keptAnswers } from '../../../utils/journal/kept-answers';
import type { Client } from '../../../utils/messaging/client';
import { POPUP_LIMIT } from '../../../utils/messaging/limits';
import { protocol } from '../../../utils/messaging/protocol';

const ANSWER: PopupAnswer = {
  total: 1,
  items: [{ id: 'r1', platform: 'xing', key: 'Anna_Berg', name: 'Anna Berg', note: 'Hallo', at: 1000, score: { value: 80, band: 'collector', reasons: [] } }],
};
const FROM_WORKER: PopupAnswer = { total: 0, items: [] };
const NOW = 2_000_000;

/** A client that records what it was asked and answers `requests/popup` with FROM_WORKER. */
function recordingClient() {
  const send = vi.fn(async () => ({ ok: true, data: FROM_WORKER }));
  return { client: { send } as unknown as Client, send };
}

describe('the popup asks for its requests only when nothing valid is kept', () => {
  it('takes a kept answer from storage.session and sends no message', async () => {
    const { client, send } = recordingClient();
    const res = await askRequests(client, async () => ({ format: KEPT_FORMAT, at: NOW - 10, answer: ANSWER }), () => NOW);
    expect(res).toEqual({ ok: true, data: ANSWER });
    expect(send).not.toHaveBeenCalled();
  });

  it.each<[string, () => Promise<unknown>]>([
    ['nothing kept', async () => undefined],
    ['a kept answer of the wrong shape', async () => ({ format: KEPT_FORMAT, at: NOW - 10, answer: { total: 1, items: [{ id: 'r1' }] } })],
    ['a kept answer of an older format', async () => ({ format: KEPT_FORMAT - 1, at: NOW - 10, answer: ANSWER })],
    ['a kept answer too old', async () => ({ format: KEPT_FORMAT, at: NOW - 3_600_001, answer: ANSWER })],
    ['storage.session failing', async () => Promise.reject(new Error('no storage'))],
  ])('asks the worker for %s', async (_, read) => {
    const { client, send } = recordingClient();
    expect(await askRequests(client, read, () => NOW)).toEqual({ ok: true, data: FROM_WORKER });
    expect(send).toHaveBeenCalledExactlyOnceWith('requests/popup', { limit: POPUP_LIMIT });
  });
});

describe("the worker's kept answer, read by the popup from the same storage.session", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is found under the key the worker kept it, exact until a write starts, and nothing while the write runs', async () => {
    const kept = keptAnswers(sessionAnswerStore, Date.now, 3_600_000);
    await kept.answer(popupKeptKey(POPUP_LIMIT), protocol['requests/popup'].response, async () => ANSWER);
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual([keptStorageKey(popupKeptKey(POPUP_LIMIT))]);

    const { client, send } = recordingClient();
    expect(await askRequests(client)).toEqual({ ok: true, data: ANSWER });
    expect(send).not.toHaveBeenCalled();

    // While a write runs (and after it, until the worker prepares the answer again) the popup asks the worker.
    await kept.writing(async () => {
      expect(await askRequests(client)).toEqual({ ok: true, data: FROM_WORKER });
    });
    expect(await askRequests(client)).toEqual({ ok: true, data: FROM_WORKER });
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('the popup shows its list before the scores when the scores take longer', () => {
  const UNSCORED: PopupAnswer = { total: 1, items: [{ id: 'r1', platform: 'xing', key: 'Anna_Berg', name: 'Anna Berg', note: 'Hallo', at: 1000 }] };
  /** A client whose scored and unscored answers come when the test lets them. */
  function stagedClient(quickAnswer: object = { ok: true, data: UNSCORED }) {
    let releaseFull: () => void = () => {};
    let releaseQuick: () => void = () => {};
    const full = new Promise((resolve) => (releaseFull = () => resolve({ ok: true, data: ANSWER })));
    const quick = new Promise((resolve) => (releaseQuick = () => resolve(quickAnswer)));
    const send = vi.fn(async (_type: string, payload: { unscored?: boolean }) => (payload.unscored ? quick : full));
    return { client: { send } as unknown as Client, send, releaseFull, releaseQuick };
  }
  const nothingKept = async () => undefined;

  it('shows the kept answer at once, scored, and asks nothing', async () => {
    const { client, send } = stagedClient();
    const staged = askInStages(client, async () => ({ format: KEPT_FORMAT, at: NOW - 10, answer: ANSWER }), () => NOW);
    expect(await staged.first).toEqual({ res: { ok: true, data: ANSWER }, scoring: false });
    expect(await staged.final).toEqual({ ok: true, data: ANSWER });
    expect(send).not.toHaveBeenCalled();
  });

  it('with nothing kept asks for the scored answer first, shows the list before its scores when it comes first, then the scores', async () => {
    const c = stagedClient();
    const staged = askInStages(c.client, nothingKept, () => NOW);
    await vi.waitFor(() => expect(c.send).toHaveBeenCalledTimes(2));
    expect(c.send.mock.calls.map(([, payload]) => payload)).toEqual([{ limit: POPUP_LIMIT }, { limit: POPUP_LIMIT, unscored: true }]);
    c.releaseQuick();
    expect(await staged.first).toEqual({ res: { ok: true, data: UNSCORED }, scoring: true });
    c.releaseFull();
    expect(await staged.final).toEqual({ ok: true, data: ANSWER });
  });

  it('shows the scored answer first when it comes first', async () => {
    const c = stagedClient();
    const staged = askInStages(c.client, nothingKept, () => NOW);
    await vi.waitFor(() => expect(c.send).toHaveBeenCalledTimes(2));
    c.releaseFull();
    expect(await staged.first).toEqual({ res: { ok: true, data: ANSWER }, scoring: false });
    c.releaseQuick();
  });

  it('waits for the scored answer when the list before its scores fails', async () => {
    const c = stagedClient({ ok: false, error: { code: 'internal', message: 'x' } });
    const staged = askInStages(c.client, nothingKept, () => NOW);
    await vi.waitFor(() => expect(c.send).toHaveBeenCalledTimes(2));
    c.releaseQuick();
    c.releaseFull();
    expect(await staged.first).toEqual({ res: { ok: true, data: ANSWER }, scoring: false });
  });
});
