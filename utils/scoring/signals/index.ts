import { burst } from './burst';
import { colleague } from './colleague';
import { concreteDetail } from './concrete-detail';
import { connectBait } from './connect-bait';
import { connectCourtesy } from './connect-courtesy';
import { contactCount } from './contact-count';
import { contactJump } from './contact-jump';
import { defaultText } from './default-text';
import { flattery } from './flattery';
import { freeOffer } from './free-offer';
import { genericNote } from './generic-note';
import { headlineSlogan } from './headline-slogan';
import { impersonalSalutation } from './impersonal-salutation';
import { legalName } from './legal-name';
import { looks } from './looks';
import { metInPerson } from './met-in-person';
import { missingNote } from './missing-note';
import { mutualMet } from './mutual-met';
import { nameDecoration } from './name-decoration';
import { networkGrowth } from './network-growth';
import { openNetworker } from './open-networker';
import { pitchAfterAccept } from './pitch-after-accept';
import { followUpBump, genericPersonalisation, introOffer, leadMagnet, meetingAsk, priceDeadline, salesClaim } from './pitch';
import { placeholder } from './placeholder';
import { priorContact } from './prior-contact';
import { profileVisit } from './profile-visit';
import { publicReference } from './public-reference';
import { quickWithdrawal } from './quick-withdrawal';
import { recruiterGeneric } from './recruiter-generic';
import { referral } from './referral';
import { resend } from './resend';
import { salesPitch } from './sales-pitch';
import { sameTextOthers } from './same-text-others';
import { sharedContext } from './shared-context';
import { specificToYou } from './specific-to-you';
import { vagueBenefit } from './vague-benefit';
import type { Signal } from './types';

export type { Signal, SignalContext } from './types';

/** Signals read from the request itself (note, name, headline, counts). Also used to lint drafts. */
export const NOTE_SIGNALS: readonly Signal[] = [
  placeholder,
  impersonalSalutation,
  openNetworker,
  profileVisit,
  freeOffer,
  connectBait,
  networkGrowth,
  connectCourtesy,
  vagueBenefit,
  flattery,
  looks,
  sharedContext,
  salesPitch,
  recruiterGeneric,
  defaultText,
  leadMagnet,
  priceDeadline,
  meetingAsk,
  followUpBump,
  salesClaim,
  genericPersonalisation,
  introOffer,
  legalName,
  genericNote,
  priorContact,
  referral,
  publicReference,
  concreteDetail,
  specificToYou,
];

/** Signals about the sender's profile. */
export const PROFILE_SIGNALS: readonly Signal[] = [contactCount, contactJump, missingNote, nameDecoration, headlineSlogan, colleague];

/** Signals that compare with the history in the state. */
export const HISTORY_SIGNALS: readonly Signal[] = [
  sameTextOthers,
  resend,
  quickWithdrawal,
  burst,
  pitchAfterAccept,
  metInPerson,
  mutualMet,
];

export const ALL_SIGNALS: readonly Signal[] = [...NOTE_SIGNALS, ...PROFILE_SIGNALS, ...HISTORY_SIGNALS];
