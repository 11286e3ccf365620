import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { clientKey } from '../common/rate-limit/client-address.js';
import { enforceRateLimit } from '../common/rate-limit/rate-limit.guard.js';
import { RateLimits } from '../common/rate-limit/rate-limits.js';
import type { AuthenticatedRequest } from './auth.guard.js';

/**
 * API reads are limited for callers who are not staff: integrator keys per key on every route
 * they call (so one partner's sync job cannot starve the others), and callers without a key per
 * client address (generous, but dropping the key is no way around the integrator limit).
 */
@Injectable()
export class ApiRateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<AuthenticatedRequest>();
    const principal = req.principal;
    const res = http.getResponse<Response>();
    if (principal?.role === 'integrator' && principal.keyId) {
      await enforceRateLimit(this.limits, 'integrator', principal.keyId, res);
    } else if (!principal && req.path.startsWith('/api/')) {
      await enforceRateLimit(this.limits, 'anonymous-api', clientKey(req.ip), res);
    }
    return true;
  }
}
