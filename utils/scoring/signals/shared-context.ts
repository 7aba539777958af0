import { phraseSignal } from './phrase';

/** Points only to a shared group or event ("wir sind beide in der Gruppe …"). */
export const sharedContext = phraseSignal('shared-context', 'shared-context', 0.7, 'sigSharedContext');
