import type { ComponentChildren } from 'preact';
import { isSafeProfileUrl } from '../utils/platforms/safe-url';

/** A link only to https XING or LinkedIn pages; anything else renders as plain text. */
export function SafeLink({ href, children }: { href: string; children: ComponentChildren }) {
  if (!isSafeProfileUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
