import type { ComponentProps } from 'preact';
import { DiagnosticsPanel } from '../../components/dashboard/DiagnosticsPanel';
import { useSiteAccess } from '../popup/site-access';

/** The Diagnostics section with the browser's site access (read here: the panel itself stays free of browser calls). */
export function Diagnostics(props: Omit<ComponentProps<typeof DiagnosticsPanel>, 'siteAccess'>) {
  const site = useSiteAccess();
  return <DiagnosticsPanel {...props} siteAccess={site} />;
}
