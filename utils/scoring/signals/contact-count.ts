import type { Signal } from './types';
import { reason, text } from './types';

/**
 * Very many contacts, above all relative to membership age. A capped display ("999+", "500+") on a profile a
 * month old is a strong sign; on a profile of many years it is common among senior people and weak. Uncapped
 * counts only matter when they grew implausibly fast.
 */
const ID = 'contact-count';

export const contactCount: Signal = {
  id: ID,
  run(input, _state, { analysis }) {
    const sender = input.sender;
    if (!sender || (sender.contactCount === undefined && !sender.contactCountCapped)) return null;
    const months = analysis.months;
    const count = sender.contactCount ?? (input.platform === 'linkedin' ? 500 : 999);
    if (analysis.capped) {
      const shown = `${count}+`;
      if (months === undefined) {
        const w = input.platform === 'xing' ? 0.4 : 0.25;
        return reason(ID, w, text('sigContactsCapped', shown), shown);
      }
      if (months <= 36) {
        const w = months <= 1 ? 2.4 : months <= 3 ? 1.9 : months <= 12 ? 1.4 : 0.7;
        const key = months === 0 ? 'sigContactsNewProfile' : months === 1 ? 'sigContactsLastMonth' : 'sigContactsYoungProfile';
        const subs = months <= 1 ? [shown] : [shown, months];
        return reason(ID, w, text(key, ...subs), `${shown}, ${sender.memberSince}`);
      }
      const w = input.platform === 'xing' ? 0.2 : 0.1;
      // memberSince is the machine month ("2019-03"): the UI writes it in words (reason-values.ts, MONTH_SUBS).
      return reason(ID, w, text('sigContactsCappedOld', shown, sender.memberSince ?? ''), `${shown}, ${sender.memberSince}`);
    }
    if (months === undefined || count < 100) return null;
    const perMonth = count / Math.max(1, months);
    if (perMonth < 50) return null;
    const r = months <= 1 ? text('sigContactsFastGrowthNew', count) : text('sigContactsFastGrowth', count, months);
    return reason(ID, perMonth >= 100 ? 1.2 : 0.5, r, `${count}, ${sender.memberSince}`);
  },
};
