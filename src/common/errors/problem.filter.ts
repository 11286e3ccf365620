import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Request, Response } from 'express';
import { isDatabaseUnreachable } from '../../database/database-unreachable.js';
import { allowedMethods } from '../http/allowed-methods.js';
import { CommonErrorCode } from './common-error-codes.js';
import { DomainError } from './domain-error.js';
import { problemKind } from './problem-catalog.js';
import { type Problem, problemType, writeProblem } from './problem.js';

const STATUS_TO_CODE: Record<number, CommonErrorCode> = {
  400: CommonErrorCode.ValidationFailed,
  401: CommonErrorCode.Unauthenticated,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
  503: CommonErrorCode.ServiceUnavailable,
};

/**
 * The one place errors become HTTP responses: RFC 9457 problem+json for everything, never a
 * stack trace, SQL or driver text.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string | number }>();
    const res = http.getResponse<Response>();
    const { problem, headers } = toProblem(this.methodNotAllowed(exception, req) ?? exception);
    problem.instance = req.originalUrl?.split('?')[0];
    if (req.id !== undefined) problem.requestId = String(req.id);
    if (problem.status >= 500) {
      this.logger.error(
        { err: exception, requestId: problem.requestId, code: problem.code },
        'request failed',
      );
    }
    writeProblem(res, problem, headers);
  }

  /** Nest's "no route" 404 for a path that exists with other methods becomes a 405. */
  private methodNotAllowed(exception: unknown, req: Request): DomainError | undefined {
    if (!(exception instanceof NotFoundException) || !/^Cannot [A-Z]+ /.test(exception.message))
      return undefined;
    const allow = allowedMethods(this.adapterHost.httpAdapter.getInstance(), req.path);
    if (allow.length === 0) return undefined;
    return new DomainError(
      CommonErrorCode.MethodNotAllowed,
      `${req.method} is not supported here; use ${allow.join(', ')}.`,
      { allow },
    );
  }
}

export function toProblem(exception: unknown): {
  problem: Problem;
  headers: Record<string, string>;
} {
  if (exception instanceof DomainError) {
    const kind = problemKind(exception.code);
    const headers: Record<string, string> = {};
    if (typeof exception.extensions.retryAfterSeconds === 'number') {
      headers['Retry-After'] = String(exception.extensions.retryAfterSeconds);
    }
    if (Array.isArray(exception.extensions.allow)) {
      headers.Allow = exception.extensions.allow.join(', ');
    }
    return {
      problem: {
        ...exception.extensions,
        type: problemType(exception.code),
        title: kind.title,
        status: kind.status,
        detail: exception.detail,
        code: exception.code,
      },
      headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code =
      STATUS_TO_CODE[status] ??
      (status >= 500 ? CommonErrorCode.Internal : CommonErrorCode.ValidationFailed);
    const kind = problemKind(code);
    const headers: Record<string, string> = {};
    if (status === 429) headers['Retry-After'] = retryAfterOf(exception);
    return {
      problem: {
        type: problemType(code),
        title: kind.title,
        status,
        detail: status >= 500 ? 'An unexpected error occurred.' : detailOf(exception),
        code,
      },
      headers,
    };
  }
  if (isDatabaseUnreachable(exception)) {
    return {
      problem: {
        type: problemType(CommonErrorCode.ServiceUnavailable),
        title: problemKind(CommonErrorCode.ServiceUnavailable).title,
        status: 503,
        detail: 'The database is not reachable right now. Please retry shortly.',
        code: CommonErrorCode.ServiceUnavailable,
      },
      headers: { 'Retry-After': '5' },
    };
  }
  return {
    problem: {
      type: problemType(CommonErrorCode.Internal),
      title: problemKind(CommonErrorCode.Internal).title,
      status: 500,
      detail: 'An unexpected error occurred.',
      code: CommonErrorCode.Internal,
    },
    headers: {},
  };
}

function detailOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

function retryAfterOf(exception: HttpException): string {
  const match = /(\d+)\s*s/.exec(detailOf(exception));
  return match ? match[1] : '60';
}
