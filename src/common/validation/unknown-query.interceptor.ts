import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { CommonErrorCode } from '../errors/common-error-codes.js';
import { ValidationFailedError } from '../errors/validation-failed.error.js';

interface RouteArg {
  index: number;
  data?: unknown;
}

/**
 * Rejects query parameters a route does not declare. Routes that take a whole query DTO
 * (`@Query() q: SomeDto`) are checked by the ValidationPipe instead (forbidNonWhitelisted);
 * this covers the routes that take no query or only named parameters, so that no route can
 * forget the rule.
 */
@Injectable()
export class UnknownQueryInterceptor implements NestInterceptor {
  private readonly allowedByHandler = new WeakMap<object, Set<string> | 'dto'>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const allowed = this.allowedFor(context);
    if (allowed !== 'dto') {
      const query = context.switchToHttp().getRequest<Request>().query;
      const unknown = Object.keys(query).filter((name) => !allowed.has(name));
      if (unknown.length > 0) {
        throw new ValidationFailedError(
          unknown.map((name) => ({ field: name, message: 'unknown query parameter' })),
          CommonErrorCode.UnknownQueryParameter,
          `Unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
        );
      }
    }
    return next.handle();
  }

  private allowedFor(context: ExecutionContext): Set<string> | 'dto' {
    const handler = context.getHandler();
    const cached = this.allowedByHandler.get(handler);
    if (cached) return cached;
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ??
      {}) as Record<string, RouteArg>;
    let result: Set<string> | 'dto' = new Set<string>();
    for (const [key, arg] of Object.entries(args)) {
      if (Number(key.split(':')[0]) !== Number(RouteParamtypes.QUERY)) continue;
      if (typeof arg.data !== 'string') {
        result = 'dto';
        break;
      }
      result.add(arg.data);
    }
    this.allowedByHandler.set(handler, result);
    return result;
  }
}
