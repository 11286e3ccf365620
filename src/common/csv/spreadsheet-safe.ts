import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab/CR) as a formula; text typed by a
 * person must never run as one (CSV injection), so such cells get a leading apostrophe.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A small CSV document for spreadsheets: UTF-8 BOM (Excel reads Korean), CRLF, safe cells. */
export function spreadsheetCsv(columns: string[], rows: unknown[][]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    columns,
    record_delimiter: 'windows',
    cast: { string: neutralizeFormula },
  });
}
