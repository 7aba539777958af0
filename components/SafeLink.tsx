import type { ComponentChildren } from 'preact';
import { isSafeProfileUrl } from '../utils/platforms/safe-url';

/** A link only to https XING or LinkedIn pages; anything else renders as plain text. */
export function SafeLink({ href, children, tabIndex }: { href: string; children: ComponentChildren; tabIndex?: number }) {
  if (!isSafeProfileUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" tabIndex={tabIndex}>
      {children}
    </a>
  );
}
