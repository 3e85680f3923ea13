/**
 * A one-line progress bar for a terminal, redrawn in place, with an estimate of the time left
 * from the pace so far. `now` is injectable so the estimate can be tested.
 */
export function progressBar(
  total: number,
  label: string,
  now: () => number = () => performance.now(),
): (done: number) => string {
  const started = now();
  return (done) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const elapsed = (now() - started) / 1000;
    const left = done > 0 ? (elapsed / done) * (total - done) : NaN;
    const eta = Number.isFinite(left)
      ? left >= 60
        ? `${Math.floor(left / 60)} min ${Math.round(left % 60)} s`
        : `${Math.round(left)} s`
      : '…';
    return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}, ${done === total ? 'done' : `about ${eta} left`} `;
  };
}
