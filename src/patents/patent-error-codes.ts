import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum PatentErrorCode {
  NotFound = 'patent.not_found',
  InvalidNumber = 'patent.invalid_number',
  Duplicate = 'patent.duplicate',
}

/** What a client sees for each code (merged by the one problem filter). */
export const PATENT_PROBLEMS: ProblemCatalog = {
  [PatentErrorCode.NotFound]: { status: 404, title: 'Patent not found' },
  [PatentErrorCode.InvalidNumber]: { status: 400, title: 'Invalid patent number' },
  [PatentErrorCode.Duplicate]: {
    status: 409,
    title: 'This patent is already recorded for the technology',
  },
};
