import { spreadsheetCsv } from '../common/csv/spreadsheet-safe.js';
import type { RowError } from './import-rows.js';

/** The rows that did not go in, one line per problem, to fix in the file and import again. */
export function errorsCsv(errors: RowError[]): string {
  return spreadsheetCsv(
    ['row', 'referenceCode', 'field', 'message'],
    errors.map((e) => [e.row, e.referenceCode ?? '', e.field, e.message]),
  );
}
