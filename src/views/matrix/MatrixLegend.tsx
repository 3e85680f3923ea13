import { STATUS_INFO, type CellStatus } from '../../core/matrix';

const FIGURE_STATUSES: readonly CellStatus[] = ['conflict', 'updated', 'compatible', 'agree', 'single'];
const MENTION_STATUSES: readonly CellStatus[] = ['reported', 'absent'];

function StatusItem({ status }: { status: CellStatus }) {
  const info = STATUS_INFO[status];
  return (
    <li>
      <span className={`mlegend-swatch mcell-${status}`} aria-hidden="true">
        {info.icon}
      </span>{' '}
      <strong>{info.word}</strong>: {info.meaning}
    </li>
  );
}

/** Every icon, colour and status of the grid in words, visible beside it rather than only read aloud. */
export function MatrixLegend() {
  return (
    <details className="mlegend" open>
      <summary>Legend</summary>
      <div className="mlegend-body">
        <div>
          <h3 className="mlegend-head">Row status (the colour of the row and of every value in it)</h3>
          <ul>
            {FIGURE_STATUSES.map((s) => (
              <StatusItem key={s} status={s} />
            ))}
          </ul>
        </div>
        <div>
          <h3 className="mlegend-head">Cells</h3>
          <ul>
            {MENTION_STATUSES.map((s) => (
              <StatusItem key={s} status={s} />
            ))}
            <li>
              <strong>6: A, B · 2: C</strong>: each value of a figure with the sources that give it
            </li>
            <li>
              <strong>3 articles, 2 independent</strong>: copies of one story count once
            </li>
            <li>
              <strong>spread 2–7</strong>: lowest to highest figure reported
            </li>
          </ul>
        </div>
        <div>
          <h3 className="mlegend-head">Buttons</h3>
          <ul>
            <li>
              <span className="mlegend-key" aria-hidden="true">
                ◀ ▶
              </span>{' '}
              move a source left or right
            </li>
            <li>
              <span className="mlegend-key" aria-hidden="true">
                ☆ ★
              </span>{' '}
              pin a source first (★ pinned)
            </li>
            <li>
              <span className="mlegend-key" aria-hidden="true">
                ✕
              </span>{' '}
              hide a source (bring it back under Sources)
            </li>
            <li>
              <span className="mlegend-key" aria-hidden="true">
                ▾ ▸
              </span>{' '}
              open or close a group of rows
            </li>
          </ul>
        </div>
      </div>
    </details>
  );
}
