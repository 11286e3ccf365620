import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum ImportErrorCode {
  UnsupportedFile = 'import.unsupported_file',
  UnreadableFile = 'import.unreadable_file',
  NotFound = 'import.not_found',
  NotApplicable = 'import.not_applicable',
}

/** What a client sees for each code (merged by the one problem filter). */
export const IMPORT_PROBLEMS: ProblemCatalog = {
  [ImportErrorCode.UnsupportedFile]: { status: 415, title: 'Unsupported import file' },
  [ImportErrorCode.UnreadableFile]: { status: 422, title: 'The import file cannot be read' },
  [ImportErrorCode.NotFound]: { status: 404, title: 'Import job not found' },
  [ImportErrorCode.NotApplicable]: {
    status: 409,
    title: 'Only a finished dry run can be applied, and only once',
  },
};
