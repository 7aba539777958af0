import { phraseSignal } from './phrase';

/** Recruiting without a concrete role ("exciting opportunities", "top talent"). */
export const recruiterGeneric = phraseSignal('recruiter-generic', 'recruiter-generic', 1, 'sigRecruiterGeneric');
