import { h, render } from 'preact';
import { I18nProvider } from '../../../../components/i18n';
import { FlowToast } from '../../../../components/inpage/FlowToast';
import { TOAST_HOST_STYLE } from '../../../../components/inpage/styles';
import type { Translate } from '../../../i18n';
import { createMount, siteTheme, type InPageMount } from './inpage-host';

/** The badges' outcome toast, for a flow whose card went with the request: one at a time, closed by the user or on stop. */
export function flowToast(lang: string, t: Translate): { show(kind: 'done' | 'stopped', text: string): void; close(): void } {
  let toast: InPageMount | undefined;
  const close = () => {
    if (!toast) return;
    render(null, toast.container);
    toast.host.remove();
    toast = undefined;
  };
  const show = (kind: 'done' | 'stopped', text: string) => {
    if (!toast) {
      toast = createMount(document, lang, siteTheme(document.body), TOAST_HOST_STYLE);
      document.body.append(toast.host);
    }
    render(h(I18nProvider, { value: t }, h(FlowToast, { text, kind, onClose: close })), toast.container);
  };
  return { show, close };
}
