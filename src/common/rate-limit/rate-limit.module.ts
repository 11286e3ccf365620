import { Global, Module } from '@nestjs/common';
import { IntegratorRateLimitGuard, RateLimitGuard } from './rate-limit.guard.js';
import { RateLimits } from './rate-limits.service.js';

@Global()
@Module({
  providers: [RateLimits, RateLimitGuard, IntegratorRateLimitGuard],
  exports: [RateLimits, RateLimitGuard, IntegratorRateLimitGuard],
})
export class RateLimitModule {}
