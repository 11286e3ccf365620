export enum ImportErrorCode {
  UnsupportedFile = 'import.unsupported_file',
  UnreadableFile = 'import.unreadable_file',
  NotFound = 'import.not_found',
}
