import { phraseSignal } from './phrase';

/** A friendly "let's connect" / "freue mich auf die Vernetzung": common in genuine notes too, so weak alone. */
export const connectCourtesy = phraseSignal('connect-courtesy', 'connect-courtesy', 0.3, 'sigConnectCourtesy');
