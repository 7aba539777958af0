/** A score's first reasons, up for collector signals and down for genuine ones (the Requests tab and This page). */
export function ScoreReasons({ reasons }: { reasons: readonly { id: string; weight: number; text: string }[] }) {
  if (!reasons.length) return null;
  return (
    <ul class="reasons">
      {reasons.slice(0, 4).map((reason) => (
        <li key={reason.id} class={reason.weight > 0 ? 'up' : 'down'}>
          <span aria-hidden="true">{reason.weight > 0 ? '▲' : '▼'}</span> {reason.text}
        </li>
      ))}
    </ul>
  );
}
