import { phraseSignal } from './phrase';

/** "Thanks for visiting my profile" as an opener. */
export const profileVisit = phraseSignal('profile-visit', 'profile-visit', 1.5, 'sigProfileVisit');
