import { phraseSignal } from './phrase';

/** A company named by its full legal form (GmbH, Ltd), as mail merges do. */
export const legalName = phraseSignal('legal-name', 'legal-name', 0.5, 'sigLegalName');
