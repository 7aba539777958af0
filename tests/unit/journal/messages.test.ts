import { describe, expect, it } from 'vitest';
import { recordMessages } from '../../../utils/journal/messages';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import { dumpAll, testDeps } from '../helpers/journal';

describe('conversation messages in the journal', () => {
  it('keeps messages from people who sent a request, never the user’s own, and nothing twice', async () => {
    const t = await testDeps();
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Max_Pitch', name: 'Max Pitch', note: '' }] });
    await markRequestActed(t.deps, { platform: 'xing', direction: 'received', key: 'Max_Pitch', action: 'accept' });
    const conversation = {
      platform: 'xing' as const,
      messages: [
        { senderKey: 'Max_Pitch', senderName: 'Max Pitch', time: { text: '14:02', range: { from: 1, to: 2 } }, text: 'Danke fürs Annehmen! Hier mein kostenloses E-Book.' },
        { senderKey: 'Katrin_Weber', senderName: 'Katrin Weber', text: 'Danke, kein Bedarf.' },
        { senderName: 'XING', text: 'Max Pitch hat Ihre Kontaktanfrage angenommen.' },
      ],
    };
    expect(await recordMessages(t.deps, conversation)).toEqual({ stored: 1, saved: 1 });
    const before = await dumpAll(t.deps);
    // Read again: nothing new, and the one message is still counted as saved (the popup says so on the chat).
    expect(await recordMessages(t.deps, conversation)).toEqual({ stored: 0, saved: 1 });
    expect(await dumpAll(t.deps)).toEqual(before);
    const [interaction] = await t.deps.db.getAll('interactions');
    expect(interaction).toMatchObject({ kind: 'message-received', at: 1, text: 'Danke fürs Annehmen! Hier mein kostenloses E-Book.' });
  });

  // Review of the words, finding 9: the popup on a chat says how many of its messages the journal holds.
  it.each([
    ['a requester\'s two messages, one shown twice', ['Hallo', 'Hallo', 'Mein E-Book'], 'Max_Pitch', { stored: 2, saved: 2 }],
    ['messages of someone who sent no request', ['Hallo'], 'Katrin_Weber', { stored: 0, saved: 0 }],
  ])('counts the page\'s messages that are saved: %s', async (_name, texts, senderKey, expected) => {
    const t = await testDeps();
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Max_Pitch', name: 'Max Pitch', note: '' }] });
    const messages = texts.map((text) => ({ senderKey, senderName: senderKey, time: { text: '14:02' }, text }));
    expect(await recordMessages(t.deps, { platform: 'xing', messages })).toEqual(expected);
  });
});
