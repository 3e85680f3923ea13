import Papa from 'papaparse';

/** A plain table: what every export format is written from, so they always agree. */
export type Table = { headers: string[]; rows: string[][] };

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * prefixing an apostrophe keeps it text (the OWASP advice for CSV injection).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV (CRLF, quotes doubled) through papaparse, with a BOM so spreadsheets read UTF-8. */
export function toCsv(table: Table): string {
  const body = Papa.unparse(
    { fields: table.headers.map(neutralise), data: table.rows.map((r) => r.map(neutralise)) },
    { newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

/** Tab-separated text for pasting into a spreadsheet or document; tabs and line breaks inside cells become spaces. */
export function toTsv(table: Table): string {
  const clean = (cell: string) => neutralise(cell.replace(/[\t\r\n]+/g, ' '));
  return [table.headers, ...table.rows].map((r) => r.map(clean).join('\t')).join('\n') + '\n';
}

export function toJson(table: Table): string {
  return `${JSON.stringify(
    table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, r[i] ?? '']))),
    null,
    2,
  )}\n`;
}
