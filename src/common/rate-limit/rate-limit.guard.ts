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
import { CommonErrorCode } from '../errors/common-error-codes.js';
import { DomainError } from '../errors/domain-error.js';
import { clientKey } from './client-address.js';
import { type RateLimitPolicy, RateLimits } from './rate-limits.js';

const POLICY_KEY = 'rate-limit:policy';
/**
 * Policies that count what was accepted: a refused request (a form with a mistake, a 4xx or 5xx
 * of any kind) is given back when its answer has been sent, so typos do not use up the limit.
 */
const COUNT_ACCEPTED_ONLY = new Set<RateLimitPolicy>(['inquiry-create', 'alert-create']);

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
    const res = http.getResponse<Response>();
    const client = clientKey(req.ip);
    await enforceRateLimit(this.limits, policy, client, res);
    if (COUNT_ACCEPTED_ONLY.has(policy)) {
      res.once('finish', () => {
        if (res.statusCode >= 400) void this.limits.refund(policy, client).catch(() => undefined);
      });
    }
    return true;
  }
}

/** Counts one request under `policy` for `client`; sets RateLimit-* headers, throws 429 over it. */
export async function enforceRateLimit(
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
