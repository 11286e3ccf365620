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

export const BODY_LIMIT = '1mb';

/**
 * JSON body parsing with a size limit, answering its own failures as problem+json (they happen
 * before Nest's routing, so the exception filter never sees them).
 */
export function jsonBodyParser(): RequestHandler {
  const parse = express.json({ limit: BODY_LIMIT, strict: true });
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: string }).type;
      const domainError =
        type === 'entity.too.large'
          ? new DomainError(
              CommonErrorCode.PayloadTooLarge,
              `The request body is larger than ${BODY_LIMIT}.`,
            )
          : type === 'encoding.unsupported' || type === 'charset.unsupported'
            ? new DomainError(CommonErrorCode.UnsupportedMediaType, 'Send the body as UTF-8 JSON.')
            : new DomainError(CommonErrorCode.MalformedBody, 'The request body is not valid JSON.');
      const { problem, headers } = toProblem(domainError);
      problem.instance = req.originalUrl.split('?')[0];
      const id = (req as { id?: string | number }).id;
      if (id !== undefined) problem.requestId = String(id);
      // Drain the rest of an oversized body so the client sees the answer instead of a reset.
      req.resume();
      writeProblem(res, problem, headers);
    });
  };
}
