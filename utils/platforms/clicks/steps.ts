/**
 * The steps of the platforms' own request flows and the words their controls carry, German and English
 * (platform-notes §2, §8). German labels put the verb last ("Kontaktanfrage von Jana Schmidt ablehnen"),
 * English first ("Ignore an invitation to connect from Jana Schmidt"): a name may contain any word, so the
 * verb must stand at either end of the accessible name (the target's own name is taken out first).
 */
export type StepKind = 'accept' | 'decline' | 'report' | 'block' | 'menu' | 'confirm';

export const STEP_WORDS: Record<StepKind, RegExp> = {
  accept: /^(accept|annehmen|bestätigen)\b|\b(annehmen|bestätigen)$/i,
  // XING says "Ablehnen", LinkedIn "Ignorieren"/"Ignore": both end the request without telling the sender.
  decline: /^(decline|ignore|ablehnen|ignorieren)\b|\b(ablehnen|ignorieren)$/i,
  // Only the spam paths: "Profil melden" (report profile) opens a different form and is not this step.
  report: /^(report( as)? spam|als spam( oder missbrauch)? melden|spam melden|i don.t know|ich kenne)\b|\bals spam( oder missbrauch)? melden$/i,
  block: /^(block|blockieren)\b|\bblockieren$/i,
  // The card's own "more" menu, which holds the report item on XING.
  menu: /^(more|mehr|weitere (optionen|aktionen)|more (options|actions))\b/i,
  // A confirmation dialog's button after report or block.
  confirm: /^(report|block|submit|send|confirm|melden|blockieren|absenden|senden|bestätigen)$/i,
};

/** Which step a name stands for, if exactly one (a label naming two actions stands for none). */
export function stepOfName(name: string): StepKind | undefined {
  const hits = (['accept', 'decline', 'report', 'block'] as const).filter((step) => STEP_WORDS[step].test(name));
  return hits.length === 1 ? hits[0] : undefined;
}

/** A person's name taken out of a control's label, so that a name like "Block" or "Mehr" matches nothing. */
export function withoutName(label: string, name: string): string {
  const trimmed = name.trim();
  const rest = trimmed ? label.split(trimmed).join(' ') : label;
  // "Lucas Moreau's invitation" leaves "'s invitation": drop the possessive with the name.
  return rest.replace(/\s+['’]s?\b/g, ' ').replace(/\s+/g, ' ').trim();
}
