// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DiagnosticsPanel } from '../../../components/dashboard/DiagnosticsPanel';
import { renderInto } from './render';

describe('Diagnostics counts the cards a list read could not keep (breaks 1-3)', () => {
  it('shows the skipped cards per page type', () => {
    const el = renderInto(
      <DiagnosticsPanel counts={{ quarantine: 2 }} schemaVersion={3} locale="en" diagnostics={[{ v: 1, pageType: 'xing.requests.received', successes: 3, failures: 0, skippedCards: 4, lastAt: 0 }]} />,
    );
    expect(el.querySelector('[data-testid=skipped-cards]')?.textContent).toBe('4');
    expect(el.textContent).toContain('Cards not readable');
  });
});
