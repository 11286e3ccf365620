/** Error codes that belong to no single module. */
export enum CommonErrorCode {
  ValidationFailed = 'common.validation_failed',
  UnknownQueryParameter = 'common.unknown_query_parameter',
  MalformedBody = 'common.malformed_body',
  PayloadTooLarge = 'common.payload_too_large',
  UnsupportedMediaType = 'common.unsupported_media_type',
  NotFound = 'common.not_found',
  MethodNotAllowed = 'common.method_not_allowed',
  Unauthenticated = 'common.unauthenticated',
  Forbidden = 'common.forbidden',
  RateLimited = 'common.rate_limited',
  ServiceUnavailable = 'common.service_unavailable',
  Internal = 'common.internal',
}
