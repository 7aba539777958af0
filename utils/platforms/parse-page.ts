import { detectPage } from './detect';
import type { PageParse, ParseContext } from './facts';
import { parseLinkedinPage } from './linkedin/parse-page';
import { parseXingPage } from './xing/parse-page';

/** Any page of either site: the same code the content scripts run, for tools and tests. Pure. */
export function parseAnyPage(root: Document, ctx: ParseContext): PageParse {
  const page = detectPage(ctx.url);
  if (!page) return { ok: false, error: { code: 'unsupported-page', pageType: null, message: 'not a XING or LinkedIn page Handschlag reads' } };
  return page.platform === 'xing' ? parseXingPage(root, ctx) : parseLinkedinPage(root, ctx);
}
