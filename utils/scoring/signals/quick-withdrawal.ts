import { DAY_MS } from '../time';
import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'quick-withdrawal';

/** The sender withdrew a request soon after it appeared (collectors clear their capped list of open requests). */
export const quickWithdrawal: Signal = {
  id: ID,
  run(_input, state, { analysis, settings }) {
    const quick = (state.withdrawals.get(analysis.senderKey) ?? [])
      .map((w) => w.withdrawnAt - w.firstSeenAt)
      .filter((ms) => ms >= 0 && ms <= settings.quickWithdrawMs);
    if (quick.length === 0) return null;
    const fastest = Math.min(...quick);
    const days = Math.round(fastest / DAY_MS);
    const hours = Math.round(fastest / 3_600_000);
    const r = days >= 2 ? text('sigQuickWithdrawalDays', days) : hours >= 2 ? text('sigQuickWithdrawalHours', hours) : text('sigQuickWithdrawalSoon');
    return reason(ID, quick.length > 1 ? 1.4 : 1, r, `${quick.length}×`);
  },
};
