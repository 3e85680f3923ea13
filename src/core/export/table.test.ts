import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv, toJson, toTsv, type Table } from './table';

const table: Table = {
  headers: ['name', 'value'],
  rows: [
    ['formula', '=HYPERLINK("http://x","y")'],
    ['plus', '+1'],
    ['minus', '-2'],
    ['at', '@SUM(A1)'],
    ['tab', '\tx'],
    ['comma, "quoted"', 'line\nbreak'],
    ['unicode', 'Ñandú “quoted” — ok'],
  ],
};

describe('neutralise', () => {
  it('prefixes formula starters with an apostrophe and leaves other text alone', () => {
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx'].map(neutralise)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
    ]);
    expect(neutralise('a=1')).toBe('a=1');
  });
});

describe('toCsv', () => {
  const csv = toCsv(table);
  it('is RFC 4180 with a BOM and CRLF, and parses back to the neutralised cells', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['name', 'value']);
    expect(parsed.data[1]).toEqual(['formula', `'=HYPERLINK("http://x","y")`]);
    expect(parsed.data[6]).toEqual(['comma, "quoted"', 'line\nbreak']);
    expect(parsed.data[7]).toEqual(['unicode', 'Ñandú “quoted” — ok']);
    expect(parsed.data.slice(1).every((r) => !/^[=+\-@\t\r]/.test(r[1] ?? ''))).toBe(true);
  });
});

describe('toTsv and toJson', () => {
  it('keeps one line per row in TSV', () => {
    const lines = toTsv(table).trimEnd().split('\n');
    expect(lines).toHaveLength(table.rows.length + 1);
    expect(lines[6]).toBe('comma, "quoted"\tline break');
  });
  it('writes objects keyed by header', () => {
    const rows = JSON.parse(toJson(table)) as Record<string, string>[];
    expect(rows[1]).toEqual({ name: 'plus', value: '+1' });
  });
});
