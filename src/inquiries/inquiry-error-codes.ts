export enum InquiryErrorCode {
  NotFound = 'inquiry.not_found',
  IllegalTransition = 'inquiry.illegal_transition',
  Closed = 'inquiry.closed',
  VersionConflict = 'inquiry.version_conflict',
  VersionRequired = 'inquiry.version_required',
}
