import { phraseSignal } from './phrase';

/** An unrendered merge field ("%FIRSTNAME%", "{{first_name}}", "[Vorname]") or a company name in the first-name slot. */
export const placeholder = phraseSignal('placeholder', 'placeholder', 3, 'sigPlaceholder');
