import type { Row, RowKind } from '../../core/matrix';

export type GridItem = { type: 'group'; kind: RowKind; count: number } | { type: 'row'; row: Row };

export const GROUP_LABEL: Record<RowKind, string> = {
  fact: 'Figures and dates',
  reaction: 'Reactions',
  quote: 'Quotes',
  entity: 'People, organisations and places',
};

/** Rows interleaved with a header per kind; a collapsed kind keeps its header and hides its rows. */
export function gridItems(rows: readonly Row[], collapsed: readonly RowKind[]): GridItem[] {
  const items: GridItem[] = [];
  let current: RowKind | null = null;
  for (const row of rows) {
    if (row.kind !== current) {
      current = row.kind;
      items.push({ type: 'group', kind: row.kind, count: rows.filter((r) => r.kind === row.kind).length });
    }
    if (!collapsed.includes(row.kind)) items.push({ type: 'row', row });
  }
  return items;
}
