import { parse } from 'csv-parse/sync';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { ImportErrorCode } from './import-error-codes.js';

export type ImportFormat = 'csv' | 'json';

/** One listing as the file gives it, before validation; `row` is how a person finds it. */
export interface ImportRecord {
  /** CSV: the spreadsheet row (the header is row 1). JSON: the item's 1-based position. */
  row: number;
  values: Record<string, unknown>;
}

/** Text columns; an empty cell clears the field (the file describes the whole listing). */
const TEXT_COLUMNS = [
  'slug',
  'titleKo',
  'titleEn',
  'summaryKo',
  'summaryEn',
  'stage',
  'modality',
  'contactName',
  'contactEmail',
  'lastVerifiedAt',
] as const;
/** List columns: values separated by `|`, or a JSON array when the cell starts with `[`. */
const LIST_COLUMNS = [
  'advantagesKo',
  'advantagesEn',
  'applicationsKo',
  'applicationsEn',
  'keywords',
  'areaCodes',
  'indications',
  'licenseTypes',
] as const;
/** Columns holding a JSON array of objects, as the API takes them. */
const JSON_COLUMNS = ['inventors', 'patents'] as const;
/** Whole numbers. */
const NUMBER_COLUMNS = ['trl', 'version'] as const;

export const IMPORT_COLUMNS = [
  'referenceCode',
  ...TEXT_COLUMNS,
  ...LIST_COLUMNS,
  ...JSON_COLUMNS,
  ...NUMBER_COLUMNS,
] as const;

export function formatOf(fileName: string): ImportFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  throw new ValidationFailedError(
    [{ field: 'file', message: 'must be a .csv or .json file' }],
    ImportErrorCode.UnsupportedFile,
    `Cannot import "${fileName}": only .csv and .json files are supported.`,
  );
}

/** Reads a whole import file (UTF-8, with or without a BOM) into records, or says why not. */
export function readImportFile(content: Buffer, format: ImportFormat): ImportRecord[] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  return format === 'csv' ? readCsv(text) : readJson(text);
}

function fileError(message: string): ValidationFailedError {
  return new ValidationFailedError(
    [{ field: 'file', message }],
    ImportErrorCode.UnreadableFile,
    message,
  );
}

function readCsv(text: string): ImportRecord[] {
  let rows: string[][];
  try {
    // Excel-style CSV: quoted cells may hold commas, quotes ("") and line breaks.
    const parsed: unknown = parse(text, { relax_column_count: false, skip_empty_lines: true });
    rows = parsed as string[][];
  } catch (error) {
    throw fileError(`The CSV cannot be read: ${(error as Error).message}`);
  }
  const [header, ...data] = rows;
  if (!header) throw fileError('The file is empty.');
  const columns = header.map((c) => c.trim());
  const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) {
    throw fileError(
      `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. The columns are: ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  if (!columns.includes('referenceCode')) throw fileError('The referenceCode column is missing.');
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) throw fileError(`The column ${c} appears twice.`);
    seen.add(c);
  }
  return data.map((cells, index) => ({
    row: index + 2,
    values: Object.fromEntries(columns.map((c, i) => [c, csvCell(c, cells[i] ?? '')])),
  }));
}

/** A CSV cell as the value the API would take for that field. */
function csvCell(column: string, raw: string): unknown {
  const cell = raw.trim();
  if (column === 'referenceCode') return cell;
  if ((TEXT_COLUMNS as readonly string[]).includes(column)) return cell === '' ? null : raw;
  if ((NUMBER_COLUMNS as readonly string[]).includes(column)) {
    if (cell === '') return null;
    return /^-?\d+$/.test(cell) ? Number(cell) : cell; // a non-number fails validation by name
  }
  if ((LIST_COLUMNS as readonly string[]).includes(column)) {
    if (cell === '') return [];
    if (cell.startsWith('[')) return jsonCell(cell);
    return cell
      .split('|')
      .map((v) => v.trim())
      .filter(Boolean);
  }
  // inventors, patents
  return cell === '' ? [] : jsonCell(cell);
}

/** A JSON cell; if it is not JSON the raw text goes on, and validation names the field. */
function jsonCell(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

function readJson(text: string): ImportRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fileError(`The JSON cannot be read: ${(error as Error).message}`);
  }
  const items = Array.isArray(parsed)
    ? parsed
    : (parsed as { technologies?: unknown })?.technologies;
  if (!Array.isArray(items)) {
    throw fileError('The JSON must be an array of listings, or { "technologies": [ … ] }.');
  }
  return items.map((item, index) => ({
    row: index + 1,
    values:
      item && typeof item === 'object' && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : { referenceCode: undefined, item },
  }));
}
