import { fnv1a } from '../scoring/fingerprint/hash';
import { atomically } from './atomic';
import { restartCadence } from './cadence';
import type { Deps } from './profiles';
import { identityId } from './profiles';
import { Identity } from '../model/people';
import { Interaction } from '../model/relationships';
import { RequestRecord } from '../model/requests';
import type { Platform, TimeRange } from '../model/base';

export interface ObservedMessage {
  senderKey?: string;
  senderName: string;
  time?: { text: string; range?: TimeRange };
  text: string;
}

/**
 * Keeps the visible messages of a conversation from people who sent the user a contact request, as
 * "message received" interactions: that is what shows a pitch right after an accepted request. Messages of
 * anyone else (the user's own among them) are not stored. Ids come from the content, so re-reading the
 * same conversation writes nothing new. `stored`: new now; `saved`: the page's messages in the journal, new or
 * kept before (the popup says what was saved from this conversation).
 */
export async function recordMessages(deps: Deps, obs: { platform: Platform; messages: ObservedMessage[] }): Promise<{ stored: number; saved: number }> {
  const now = deps.now();
  const tx = deps.db.transaction(['identities', 'requests', 'interactions', 'reminders'], 'readwrite');
  return atomically(tx, async () => {
    let stored = 0;
    const saved = new Set<string>(); // ids: a message shown twice is one message in the journal
    for (const message of obs.messages) {
      if (!message.senderKey || !message.text) continue;
      const identity = Identity.safeParse(await tx.objectStore('identities').get(identityId(obs.platform, message.senderKey)));
      if (!identity.success) continue;
      const requests = await tx.objectStore('requests').index('identity').getAll([obs.platform, message.senderKey, 'received']);
      if (!requests.some((r) => RequestRecord.safeParse(r).success)) continue;
      const id = messageId(obs.platform, message.senderKey, fnv1a(`${message.time?.text ?? ''}\n${message.text}`).toString(36));
      saved.add(id);
      if (await tx.objectStore('interactions').getKey(id)) continue;
      const at = message.time?.range?.from ?? now;
      await tx.objectStore('interactions').put(Interaction.parse({ v: 1, id, personId: identity.data.personId, kind: 'message-received', at, text: message.text.slice(0, 20_000) }));
      await restartCadence(tx.objectStore('reminders'), identity.data.personId, at);
      stored++;
    }
    return { stored, saved: saved.size };
  });
}

/** Ids are `Id`s (100 characters): a long profile key (up to 200) is named by its hash instead; short ones as before. */
function messageId(platform: Platform, key: string, textHash: string): string {
  const id = `msg:${platform}:${key}:${textHash}`;
  return id.length <= 100 ? id : `msg:${platform}:#${fnv1a(key).toString(36)}:${textHash}`;
}
