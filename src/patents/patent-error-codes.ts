export enum PatentErrorCode {
  NotFound = 'patent.not_found',
  InvalidNumber = 'patent.invalid_number',
  Duplicate = 'patent.duplicate',
}
