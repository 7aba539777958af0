import { h, render } from 'preact';
import { I18nProvider } from '../../../../components/i18n';
import { DraftHint } from '../../../../components/inpage/DraftHint';
import { draftHintView, hintWanted, type DraftHintView } from '../../../../components/inpage/draft-hint-view';
import { HINT_HOST_STYLE } from '../../../../components/inpage/styles';
import { createClient } from '../../../messaging/client';
import { DRAFT_MAX } from '../../../messaging/limits';
import { browser } from './content-browser';
import { isDraftBox } from './draft-box';
import { inPageEnv } from './inpage-env';
import { createMount, siteTheme, type InPageMount } from './inpage-host';
import { DRAFT_SLOT, keepRunning, runningIn } from './inpage-slot';
import { boxText, draftTarget, insertInto } from './message-box';
import { PageContext } from './page-context';


/** How long typing pauses before the draft is checked (one message per pause, not per key). */
const PAUSE_MS = 600;

/**
 * The draft hint: loaded by the background only after the user put the focus into a message or note box. While
 * the user types in such a box, the draft (at most DRAFT_MAX characters) goes to the background after a pause;
 * when the linter finds it template-like (or, for a longer draft, impersonal) the hint shows right after the box.
 * Hidden per box by × or Escape; stop() removes it at once ("Show results only in the popup").
 */
export function startDraftHint(): void {
  const running = runningIn(DRAFT_SLOT);
  if (running) return running.refresh();
  const env = inPageEnv();
  if (!env) return;
  const { platform, t, lang, detectors } = env;
  const ctx = new PageContext('draft-hint');
  const client = createClient((message) => browser.runtime.sendMessage(message));
  const dismissed = new WeakSet<HTMLElement>();
  let box: HTMLElement | undefined;
  let mount: InPageMount | undefined;
  let view: DraftHintView | undefined;
  let status: string | undefined;
  let timer: number | undefined;
  let asking = 0;

  const hide = () => {
    view = undefined;
    status = undefined;
    if (!mount) return;
    render(null, mount.container);
    mount.host.remove();
    mount = undefined;
  };

  const paint = () => {
    if (!view || !box?.isConnected) return hide();
    const anchor = box.closest('form') ?? box;
    if (!mount) {
      mount = createMount(document, lang, siteTheme(anchor), HINT_HOST_STYLE);
    }
    if (mount.host.previousElementSibling !== anchor) anchor.after(mount.host);
    const props = { view, ...(status ? { status } : {}), onUse: use, onComposer: () => void composer(), onDismiss: dismiss };
    render(h(I18nProvider, { value: t }, h(DraftHint, props)), mount.container);
  };

  const check = async () => {
    const target = box;
    if (!target?.isConnected || dismissed.has(target)) return hide();
    const text = boxText(target).slice(0, DRAFT_MAX);
    if (!text.trim()) return hide();
    const mine = ++asking;
    const res = await client.send('inpage/draft-lint', { platform, lang, text, ...draftTarget(target, location.href, detectors) });
    if (mine !== asking || !ctx.isValid || target !== box) return; // a newer check started, or the hint was stopped
    if (!res.ok) return; // the worker is away: what shows stays
    if (!res.data.show) return stop('in-page results or automatic reading are switched off');
    if (!res.data.lint || !hintWanted(res.data.lint, text.trim().length)) return hide();
    if (!view) status = undefined;
    view = draftHintView(res.data.lint, res.data.suggestion, t);
    paint();
  };

  const schedule = (target: HTMLElement) => {
    if (target !== box) hide();
    box = target;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void check(), PAUSE_MS);
  };

  const use = () => {
    if (!box || !view?.suggestion) return;
    status = insertInto(box, view.suggestion) ? t('draft_used') : t('draft_useFailed');
    paint();
    box.focus();
  };

  const composer = async () => {
    const res = await client.send('inpage/open-composer', { platform });
    status = res.ok && res.data.opened ? undefined : t('draft_composerByIcon');
    paint();
  };

  const dismiss = () => {
    if (box) dismissed.add(box);
    const back = box;
    hide();
    back?.focus();
  };

  const stop = (reason: string) => {
    hide();
    ctx.stop(reason);
    keepRunning(DRAFT_SLOT, undefined);
  };

  keepRunning(DRAFT_SLOT, { refresh: () => box && schedule(box), stop });
  ctx.addEventListener(document, 'input', (event) => isDraftBox(event.target) && schedule(event.target), { capture: true });
  ctx.addEventListener(document, 'focusin', (event) => isDraftBox(event.target) && event.target !== box && schedule(event.target), { capture: true });
  // Loaded because a box has the focus now: a draft already in it is checked at once.
  if (isDraftBox(document.activeElement)) schedule(document.activeElement);
}
