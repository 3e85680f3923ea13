import { useState } from 'react';
import {
  ROW_KINDS,
  SORT_KEYS,
  STATUS_FILTERS,
  type Column,
  type RowKind,
  type SortKey,
  type StatusFilter,
} from '../../core/matrix';
import { GROUP_LABEL } from './gridItems';
import { SourceChoices } from './SourceChoices';

type Props = {
  columns: readonly Column[];
  hidden: readonly string[];
  kinds: readonly RowKind[];
  status: StatusFilter;
  search: string;
  sort: SortKey;
  onChange: (patch: { kinds?: RowKind[]; status?: StatusFilter; q?: string; sort?: SortKey; hide?: string[] }) => void;
};

const STATUS_LABEL: Record<StatusFilter, string> = {
  all: 'All rows',
  conflict: 'Conflicts only',
  updated: 'Updated figures only',
  compatible: 'Compatible figures only',
  agree: 'Agreements only',
  single: 'Single-source only',
  verified: 'Verified by the review',
  dismissed: 'Dismissed by the review',
  unreviewed: 'Not reviewed yet',
};
const SORT_LABEL: Record<SortKey, string> = {
  conflict: 'Conflicts first',
  coverage: 'Most sources first',
  review: 'Not yet reviewed first',
  first: 'First appearance',
};

/** Filters over rows and sources; every choice goes to the URL through the view's state hook. */
export function MatrixToolbar({ columns, hidden, kinds, status, search, sort, onChange }: Props) {
  const toggleKind = (kind: RowKind) => {
    const current = kinds.length === 0 ? [...ROW_KINDS] : [...kinds];
    const next = current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind];
    onChange({ kinds: next.length === ROW_KINDS.length ? [] : next });
  };
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const toggleSource = (id: string) =>
    onChange({ hide: hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id] });
  return (
    <div className="mtoolbar" role="group" aria-label="Filters">
      <label className="mfield">
        Search
        <input
          type="search"
          value={search}
          placeholder="words in rows or cells"
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </label>
      <label className="mfield">
        Status
        <select value={status} onChange={(e) => onChange({ status: e.target.value as StatusFilter })}>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="mfield">
        Sort
        <select value={sort} onChange={(e) => onChange({ sort: e.target.value as SortKey })}>
          {SORT_KEYS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="mfield-set">
        <legend>Rows</legend>
        {ROW_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={kinds.length === 0 || kinds.includes(kind)}
              onChange={() => toggleKind(kind)}
            />{' '}
            {GROUP_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      {/* The list is made only while open: 5,000 checkboxes, even hidden, cost the page a style pass. */}
      <details className="mfield-set msources" onToggle={(event) => setSourcesOpen(event.currentTarget.open)}>
        <summary>
          Sources ({columns.length - hidden.filter((h) => columns.some((c) => c.articleId === h)).length} of{' '}
          {columns.length})
        </summary>
        {sourcesOpen && <SourceChoices columns={columns} hidden={hidden} onToggle={toggleSource} />}
      </details>
    </div>
  );
}
