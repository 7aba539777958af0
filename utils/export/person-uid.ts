import { Id } from '../model/base';

// Our vCard export names each person by a UID of this form, and our vCard import takes the id back from it: a
// person added by hand has no profile and a random id, so without it a re-import of the export made a second
// person. Outlook, Google, Apple and XING write UIDs of their own; the prefix tells ours apart.
const PREFIX = 'urn:handschlag:person:';

// White space, controls, format characters (bidi marks), lone surrogates: our ids have none, a hostile card may.
const NOT_IN_AN_ID = /[\s\p{C}]/u;

/** The UID our vCard export writes for a person (before the vCard's text escapes). Pure. */
export const personUid = (personId: string): string => `${PREFIX}${personId}`;

/**
 * The person id of a UID our export wrote (its value unescaped), or undefined for any other UID: another
 * program's, ours in another case or with white space around it, or an id the model's `Id` shape refuses or that
 * holds a white-space, control or format character. Pure.
 */
export function personIdOfUid(uid: string): string | undefined {
  if (!uid.startsWith(PREFIX)) return undefined;
  const id = uid.slice(PREFIX.length);
  return Id.safeParse(id).success && !NOT_IN_AN_ID.test(id) ? id : undefined;
}
