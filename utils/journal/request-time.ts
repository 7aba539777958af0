import type { RequestRecord } from '../model/requests';

/** When a request was made, as well as the journal knows: the end of its sent-time window, else first sight. */
export const requestTime = (r: Pick<RequestRecord, 'sentAt' | 'firstSeenAt'>): number => r.sentAt?.to ?? r.firstSeenAt;
