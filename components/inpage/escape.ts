/** A keydown handler for an in-page region: Escape closes it (and goes no further, so the site does not see it). */
export function closeOnEscape(close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
}
