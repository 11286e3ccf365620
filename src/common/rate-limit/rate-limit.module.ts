import { Global, Module } from '@nestjs/common';
import { ApiRateLimitGuard, RateLimitGuard } from './rate-limit.guard.js';
import { RateLimits } from './rate-limits.service.js';

@Global()
@Module({
  providers: [RateLimits, RateLimitGuard, ApiRateLimitGuard],
  exports: [RateLimits, RateLimitGuard, ApiRateLimitGuard],
})
export class RateLimitModule {}
