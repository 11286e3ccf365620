import type { ProblemCatalog } from '../common/errors/problem-catalog.js';

export enum InquiryErrorCode {
  NotFound = 'inquiry.not_found',
  IllegalTransition = 'inquiry.illegal_transition',
  Closed = 'inquiry.closed',
  VersionConflict = 'inquiry.version_conflict',
  VersionRequired = 'inquiry.version_required',
}

/** What a client sees for each code (merged by the one problem filter). */
export const INQUIRY_PROBLEMS: ProblemCatalog = {
  [InquiryErrorCode.NotFound]: { status: 404, title: 'Inquiry not found' },
  [InquiryErrorCode.IllegalTransition]: { status: 409, title: 'Status change not allowed' },
  [InquiryErrorCode.Closed]: { status: 409, title: 'The inquiry is closed' },
  [InquiryErrorCode.VersionConflict]: {
    status: 409,
    title: 'The inquiry was changed by someone else',
  },
  [InquiryErrorCode.VersionRequired]: {
    status: 400,
    title: 'Send the version you read (If-Match header or "version" field)',
  },
};
