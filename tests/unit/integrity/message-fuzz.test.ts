import { describe, expect, it } from 'vitest';
import { protocol } from '../../../utils/messaging/protocol';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { seededRandom } from '../../../utils/random';
import { dumpAll } from '../helpers/journal';
import { routedJournal } from './router-helpers';

const MESSAGES = 10_000;
const SEED = 20261203;

// Generated messages from content-script and page senders: random shapes, oversized fields, privileged types,
// wrong platforms and URLs. Every one is refused or answered, none throws, and a refused one changes nothing.
describe(`${MESSAGES.toLocaleString('en')} generated messages against the real router (seed ${SEED})`, () => {
  it('all refused or answered, none throws, the database unchanged for the refused ones', async () => {
    const random = seededRandom(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const j = await routedJournal();
    const URLS = [
      'https://www.xing.com/profile/Jana_Schmidt',
      'https://www.xing.com/contacts/requests',
      'https://www.xing.com/contacts/requests/sent',
      'https://www.xing.com/chats/1',
      'https://www.linkedin.com/in/tobias-lang/',
      'https://www.linkedin.com/mynetwork/invitation-manager/received/',
      'https://www.linkedin.com/messaging/thread/1/',
      'https://evil.example/profile/x',
      'javascript:alert(1)',
      'notaurl',
      `https://www.xing.com/profile/${'k'.repeat(300)}`,
    ];
    const SENDERS: SenderInfo[] = [
      ...URLS.map((url): SenderInfo => ({ id: 'ext', url, tab: { id: 1 }, frameId: 0 })),
      { id: 'ext', url: URLS[0], tab: { id: 1 }, frameId: 3 },
      { id: 'ext', url: 'chrome-extension://ext/popup.html' },
      { id: 'other', url: 'chrome-extension://other/popup.html' },
      { url: URLS[0] },
    ];
    const TYPES = [...Object.keys(protocol), 'journal/drop', '__proto__', 'constructor', 'import/run'];
    const strings = ['', 'x', 'Jana Schmidt', 'k'.repeat(201), 'x'.repeat(25_000), '<img src=x onerror=alert(1)>', '\u202Egnp.exe', 'xing', 'linkedin', 'received', 'sent', 'accept', 'genuine'];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 2 || r < 0.3) return pick([...strings, ...URLS, 0, -1, 1.5, 2 ** 53, NaN, true, null, undefined]);
      if (r < 0.45) return Array.from({ length: pick([0, 1, 3, 600]) }, () => value(depth + 1));
      const out: Record<string, unknown> = {};
      for (const key of ['platform', 'url', 'facts', 'name', 'key', 'direction', 'requests', 'messages', 'action', 'requestId', 'verdict', 'patch', 'limit', 'query', 'pageType', 'error', 'auto', 'listKeys', 'skipped', 'more', 'autoCapture', '__proto__']) {
        if (random() < 0.3) out[key] = value(depth + 1);
      }
      return out;
    };
    /** A well-formed payload for the type, then bent in one place (or not at all). */
    const payload = (type: string): unknown => {
      const base: Record<string, unknown> = {
        platform: pick(['xing', 'linkedin']),
        url: pick(URLS),
        facts: { name: pick(strings) },
        direction: pick(['received', 'sent']),
        requests: [{ key: pick(['Ana_A', 'k'.repeat(201), '']), name: pick(strings), note: '' }],
        messages: [{ senderKey: 'Ana_A', senderName: 'Ana', text: pick(strings) }],
        key: pick(['Ana_A', 'Jana_Schmidt', 'tobias-lang']),
        action: pick(['accept', 'ignore', 'explode']),
        requestId: pick(['id-1', 'id-2', 'nope']),
        verdict: pick(['genuine', 'collector', 'maybe']),
        patch: pick([{ autoCapture: random() < 0.5 }, { genuineBelow: 90, collectorFrom: 10 }, { me: { name: pick(strings) } }]),
        limit: pick([1, 10, 0, 5000]),
        pageType: pick(['xing.profile', 'linkedin.profile', 'nope']),
        error: { code: 'missing-name', message: 'x' },
        auto: random() < 0.5,
      };
      if (type === 'journal/stats' || type === 'settings/get') return {};
      const r = random();
      if (r < 0.3) return value(0);
      if (r < 0.6) base[pick(Object.keys(base))] = value(1);
      return base;
    };

    let snapshot = JSON.stringify(await dumpAll(j.deps));
    const counts = { answered: 0, refused: 0 };
    for (let i = 0; i < MESSAGES; i++) {
      const type = pick(TYPES);
      const message = random() < 0.02 ? value(0) : { type, payload: payload(type) };
      const res = await j.handle(message, pick(SENDERS)); // a throw fails the test here
      expect(typeof res.ok).toBe('boolean');
      const now = JSON.stringify(await dumpAll(j.deps));
      if (res.ok) counts.answered++;
      else {
        counts.refused++;
        expect(now === snapshot, `message ${i} (${String(type)}) was refused (${res.error.code}) but changed the database`).toBe(true);
      }
      snapshot = now;
    }
    console.info(`message fuzz (seed ${SEED}): ${MESSAGES} messages, ${counts.answered} answered, ${counts.refused} refused`);
    expect(counts.answered + counts.refused).toBe(MESSAGES);
    expect(counts.answered).toBeGreaterThan(100); // the generator reaches the handlers, not only the checks
  }, 0); // no time limit: 10,000 round trips on fake-indexeddb; the duration is not under test
});
