import type { Platform } from '../../utils/model/base';

export type Band = 'genuine' | 'unclear' | 'collector';

/** One pending request as the popup shows it. */
export interface RequestView {
  id: string;
  platform: Platform;
  name: string;
  headline?: string;
  note: string;
  profileUrl: string;
  seenAt: number;
  score?: { value: number; band: Band; reasons: { id: string; weight: number; text: string }[] };
  verdict?: 'genuine' | 'collector' | 'spam';
  /** The sender is on the blocklist (here or on their other site). */
  blocked?: boolean;
}
