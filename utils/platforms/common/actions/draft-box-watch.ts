import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import { isDraftBox } from './draft-box';
import type { ScriptLifetime } from './page-context';

/**
 * All a reader does for the draft hint: the first time the user puts the focus into a message or note box, it
 * tells the background, which loads the hint's code into the tab (when in-page results and automatic reading are
 * on). A page where nobody writes costs one focus listener and no hint code.
 */
export function watchDraftBoxes(ctx: ScriptLifetime, client: Client, platform: Platform): void {
  let asked = false;
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      if (asked || !isDraftBox(event.target)) return;
      asked = true;
      void client.send('inpage/draft-box', { platform }).then((res) => {
        if (!res.ok && res.error.code === 'unreachable') asked = false; // the worker was away: ask on the next focus
      });
    },
    { capture: true },
  );
}
