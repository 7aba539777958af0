import { foldForSearch } from '../../text/fold';
import { companyPattern } from '../me-match';
import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'colleague';

/** Negative evidence: the sender's headline names the user's own company. */
export const colleague: Signal = {
  id: ID,
  run(input, state) {
    const headline = input.sender?.headline;
    const pattern = companyPattern(state.me?.company);
    if (!headline || !pattern || !pattern.test(foldForSearch(headline))) return null;
    return reason(ID, -1.2, text('sigColleague', state.me!.company!), headline);
  },
};
