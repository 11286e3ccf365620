import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { toProblem } from '../errors/problem.filter.js';
import { CommonErrorCode } from '../errors/common-error-codes.js';
import { DomainError } from '../errors/domain-error.js';
import { writeProblem } from '../errors/problem.js';
import { checkJsonBody, hasBody } from './body-limits.js';

export const BODY_LIMIT = '1mb';

/** The API routes that take another media type than JSON, and which one. */
const OTHER_MEDIA_TYPES: { path: RegExp; type: string }[] = [
  { path: /^\/api\/v1\/admin\/imports\/?$/, type: 'multipart/form-data' },
];

/**
 * JSON body parsing with limits on size and depth, answering its own failures as problem+json
 * (they happen before Nest's routing, so the exception filter never sees them). A body on an
 * API route that is not JSON is 415, so a JSON body sent as text/plain is not read as "every
 * field missing" (and a cross-site form cannot post to the API without a preflight).
 */
export function jsonBodyParser(): RequestHandler {
  const parse = express.json({
    limit: BODY_LIMIT,
    strict: true,
    verify: (_req, _res, body) => checkJsonBody(body),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (hasBody(req) && req.path.startsWith('/api/') && !req.is(['json', '+json'])) {
      const other = OTHER_MEDIA_TYPES.find((o) => o.path.test(req.path));
      if (!other || !req.is(other.type)) {
        return refuse(
          req,
          res,
          new DomainError(
            CommonErrorCode.UnsupportedMediaType,
            `Send the body as ${other ? other.type : 'application/json'}.`,
          ),
        );
      }
    }
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const { type, message } = error as { type?: string; message?: string };
      const domainError =
        type === 'entity.too.large'
          ? new DomainError(
              CommonErrorCode.PayloadTooLarge,
              `The request body is larger than ${BODY_LIMIT}.`,
            )
          : type === 'encoding.unsupported' || type === 'charset.unsupported'
            ? new DomainError(CommonErrorCode.UnsupportedMediaType, 'Send the body as UTF-8 JSON.')
            : type === 'body.too_deep' || type === 'body.invalid_utf8'
              ? new DomainError(CommonErrorCode.MalformedBody, String(message))
              : new DomainError(
                  CommonErrorCode.MalformedBody,
                  'The request body is not valid JSON.',
                );
      refuse(req, res, domainError);
    });
  };
}

function refuse(req: Request, res: Response, error: DomainError): void {
  const { problem, headers } = toProblem(error);
  problem.instance = req.originalUrl.split('?')[0];
  const id = (req as { id?: string | number }).id;
  if (id !== undefined) problem.requestId = String(id);
  // Drain the rest of an oversized body so the client sees the answer instead of a reset.
  req.resume();
  writeProblem(res, problem, headers);
}
