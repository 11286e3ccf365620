import { CommonErrorCode } from './common-error-codes.js';

export interface ProblemKind {
  status: number;
  title: string;
}

/** Error codes mapped to what a client sees: HTTP status and problem title. */
export type ProblemCatalog = Record<string, ProblemKind>;

/**
 * The codes of no single module. Each feature module keeps its own section next to its error
 * code enum; the app's composition root merges them (useProblemCatalog). A code missing from
 * the merged catalog is a programming error and answers 500.
 */
export const COMMON_PROBLEMS: ProblemCatalog = {
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
};

let catalog: ProblemCatalog = COMMON_PROBLEMS;

/** Sets the merged catalog; called once, by the app module, with every module's section. */
export function useProblemCatalog(...sections: ProblemCatalog[]): void {
  catalog = Object.assign({}, COMMON_PROBLEMS, ...sections) as ProblemCatalog;
}

export function problemKind(code: string): ProblemKind {
  return catalog[code] ?? COMMON_PROBLEMS[CommonErrorCode.Internal];
}
