import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/api-key.guard.js';
import { CommonErrorCode } from '../errors/common-error-codes.js';
import { DomainError } from '../errors/domain-error.js';
import { clientKey } from './client-address.js';
import { type RateLimitPolicy, RateLimits } from './rate-limits.service.js';

const POLICY_KEY = 'rate-limit:policy';

/**
 * Limits a route per client address under a policy. Answers carry RateLimit-Limit,
 * RateLimit-Remaining and RateLimit-Reset; over the limit, 429 problem+json with Retry-After.
 */
export const RateLimited = (policy: RateLimitPolicy) =>
  applyDecorators(SetMetadata(POLICY_KEY, policy), UseGuards(RateLimitGuard));

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) return true;
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    await enforce(this.limits, policy, clientKey(req.ip), http.getResponse<Response>());
    return true;
  }
}

/**
 * Integrator keys are limited per key on every route they call (also the public ones), so one
 * partner's sync job cannot starve the others.
 */
@Injectable()
export class IntegratorRateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const principal = http.getRequest<AuthenticatedRequest>().principal;
    if (principal?.role !== 'integrator') return true;
    await enforce(this.limits, 'integrator', principal.keyId, http.getResponse<Response>());
    return true;
  }
}

async function enforce(
  limits: RateLimits,
  policy: RateLimitPolicy,
  client: string,
  res: Response,
): Promise<void> {
  const result = await limits.consume(policy, client);
  res.setHeader('RateLimit-Limit', String(result.limit));
  res.setHeader('RateLimit-Remaining', String(result.remaining));
  res.setHeader('RateLimit-Reset', String(result.resetSeconds));
  if (!result.allowed) {
    throw new DomainError(
      CommonErrorCode.RateLimited,
      `Too many requests ${policy === 'integrator' ? 'with this API key' : 'from your address'}; retry in ${result.resetSeconds} s.`,
      { retryAfterSeconds: result.resetSeconds },
    );
  }
}
