const ALLOWED_HOSTS = new Set(['www.xing.com', 'www.linkedin.com']);

/** True only for https URLs on the two sites: page text never becomes a link anywhere else. Pure. */
export function isSafeProfileUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && ALLOWED_HOSTS.has(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}
