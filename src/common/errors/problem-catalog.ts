import { AccountErrorCode } from '../../accounts/account-error-codes.js';
import { ImportErrorCode } from '../../imports/import-error-codes.js';
import { InquiryErrorCode } from '../../inquiries/inquiry-error-codes.js';
import { PatentErrorCode } from '../../patents/patent-error-codes.js';
import { SearchErrorCode } from '../../search/search-error-codes.js';
import { TechnologyErrorCode } from '../../technologies/technology-error-codes.js';
import { CommonErrorCode } from './common-error-codes.js';

export interface ProblemKind {
  status: number;
  title: string;
}

/**
 * The one mapping from error codes to HTTP. Each module owns its enum; this table says what a
 * client sees. A code missing here is a programming error and answers 500.
 */
export const PROBLEM_CATALOG: Record<string, ProblemKind> = {
  [CommonErrorCode.ValidationFailed]: { status: 400, title: 'The request is not valid' },
  [CommonErrorCode.UnknownQueryParameter]: { status: 400, title: 'Unknown query parameter' },
  [CommonErrorCode.MalformedBody]: { status: 400, title: 'The request body is not valid JSON' },
  [CommonErrorCode.PayloadTooLarge]: { status: 413, title: 'The request body is too large' },
  [CommonErrorCode.UnsupportedMediaType]: { status: 415, title: 'Unsupported media type' },
  [CommonErrorCode.NotFound]: { status: 404, title: 'Not found' },
  [CommonErrorCode.MethodNotAllowed]: { status: 405, title: 'Method not allowed' },
  [CommonErrorCode.Unauthenticated]: { status: 401, title: 'Authentication required' },
  [CommonErrorCode.Forbidden]: { status: 403, title: 'Not allowed' },
  [CommonErrorCode.RateLimited]: { status: 429, title: 'Too many requests' },
  [CommonErrorCode.ServiceUnavailable]: { status: 503, title: 'Service temporarily unavailable' },
  [CommonErrorCode.Internal]: { status: 500, title: 'Internal error' },

  [ImportErrorCode.UnsupportedFile]: { status: 415, title: 'Unsupported import file' },
  [ImportErrorCode.UnreadableFile]: { status: 422, title: 'The import file cannot be read' },
  [ImportErrorCode.NotFound]: { status: 404, title: 'Import job not found' },

  [TechnologyErrorCode.NotFound]: { status: 404, title: 'Technology not found' },
  [TechnologyErrorCode.VersionConflict]: {
    status: 409,
    title: 'The technology was changed by someone else',
  },
  [TechnologyErrorCode.VersionRequired]: {
    status: 400,
    title: 'Send the version you read (If-Match header or "version" field)',
  },
  [TechnologyErrorCode.DuplicateReferenceCode]: {
    status: 409,
    title: 'Reference code already in use',
  },
  [TechnologyErrorCode.DuplicateSlug]: { status: 409, title: 'Slug already in use' },
  [TechnologyErrorCode.SlugLocked]: {
    status: 409,
    title: 'The slug of a listing that was published cannot change',
  },
  [TechnologyErrorCode.IllegalTransition]: { status: 409, title: 'Status change not allowed' },
  [TechnologyErrorCode.NotPublishable]: {
    status: 422,
    title: 'The technology is not complete enough to publish',
  },
  [TechnologyErrorCode.UnknownArea]: { status: 422, title: 'Unknown technology area' },

  [PatentErrorCode.NotFound]: { status: 404, title: 'Patent not found' },
  [PatentErrorCode.InvalidNumber]: { status: 400, title: 'Invalid patent number' },
  [PatentErrorCode.Duplicate]: {
    status: 409,
    title: 'This patent is already recorded for the technology',
  },

  [SearchErrorCode.Unavailable]: { status: 503, title: 'Search is temporarily unavailable' },
  [SearchErrorCode.ReindexRunning]: { status: 409, title: 'A reindex is already running' },
  [SearchErrorCode.TaskFailed]: { status: 500, title: 'The search index refused a change' },

  [AccountErrorCode.ApiKeyNotFound]: { status: 404, title: 'API key not found' },

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
