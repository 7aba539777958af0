import { phraseSignal } from './phrase';

/**
 * A remark on the recipient's looks ("Sie haben ein attraktives Gesicht", "you are gorgeous"): a pickup or
 * network-marketing hook, never a business reason. A fixed weight, not a learned one: the real notes hold only
 * a few such remarks, all German, so no English example could teach the text model its weight.
 */
export const looks = phraseSignal('looks', 'looks', 3, 'sigLooks');
