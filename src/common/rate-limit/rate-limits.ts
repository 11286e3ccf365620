import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { BufferedCounter } from './buffered-counter.js';

/** The limited operations. Each names how many requests a client may make per window. */
export const RATE_LIMIT_POLICIES = [
  'inquiry-create',
  'inquiry-follow-up',
  'integrator',
  'anonymous-api',
  'sign-in-account',
  'sign-in-address',
  'password-reset',
  'pdf',
  'alert-create',
  'alert-link',
] as const;
export type RateLimitPolicy = (typeof RATE_LIMIT_POLICIES)[number];

/** Asked on (nearly) every request: counted in memory first, see BufferedCounter. */
const BUFFERED_POLICIES = new Set<RateLimitPolicy>(['anonymous-api']);

/** Reading a status page, writing, withdrawing: generous next to creating, but bounded. */
const FOLLOW_UP_PER_CREATE = 12;
const CLEANUP_EVERY_MS = 5 * 60_000;

export interface RateLimitOutcome {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Counts requests per policy and client in Postgres (rate-limiter-flexible's atomic upsert), so
 * limits hold across instances and restarts.
 */
@Injectable()
export class RateLimits implements OnModuleInit, OnModuleDestroy {
  private readonly limiters = new Map<RateLimitPolicy, RateLimiterPostgres>();
  private readonly buffered = new Map<RateLimitPolicy, BufferedCounter>();
  private cleanup?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const { inquiries, integratorRateLimit, anonymousRateLimit, signInLimits, pdfRateLimit } =
      this.config;
    const limits: Record<RateLimitPolicy, { points: number; duration: number }> = {
      'inquiry-create': { points: inquiries.rateLimit, duration: inquiries.rateWindowSeconds },
      'inquiry-follow-up': {
        points: inquiries.rateLimit * FOLLOW_UP_PER_CREATE,
        duration: inquiries.rateWindowSeconds,
      },
      integrator: {
        points: integratorRateLimit.points,
        duration: integratorRateLimit.windowSeconds,
      },
      'anonymous-api': {
        points: anonymousRateLimit.points,
        duration: anonymousRateLimit.windowSeconds,
      },
      // Counts failures only (see SignInService), keyed by the account's address.
      'sign-in-account': {
        points: signInLimits.accountFailures,
        duration: signInLimits.windowSeconds,
      },
      'sign-in-address': {
        points: signInLimits.addressAttempts,
        duration: signInLimits.windowSeconds,
      },
      // Reset-link requests per client address: each may send a mail.
      'password-reset': {
        points: signInLimits.accountFailures,
        duration: signInLimits.windowSeconds,
      },
      pdf: { points: pdfRateLimit.points, duration: pdfRateLimit.windowSeconds },
      // Following a search sends a mail, like an inquiry: the same limit.
      'alert-create': { points: inquiries.rateLimit, duration: inquiries.rateWindowSeconds },
      // Confirm, manage, unsubscribe: guessing links is what this bounds.
      'alert-link': {
        points: inquiries.rateLimit * FOLLOW_UP_PER_CREATE,
        duration: inquiries.rateWindowSeconds,
      },
    };
    for (const policy of RATE_LIMIT_POLICIES) {
      const limiter = new RateLimiterPostgres({
        storeClient: this.db,
        storeType: 'typeorm',
        tableName: 'rate_limit',
        tableCreated: true, // by the migrations
        clearExpiredByTimeout: false, // done below, stoppable on shutdown
        keyPrefix: policy,
        ...limits[policy],
      });
      this.limiters.set(policy, limiter);
      if (BUFFERED_POLICIES.has(policy)) {
        const { points, duration } = limits[policy];
        this.buffered.set(policy, new BufferedCounter(limiter, points, duration * 1000));
      }
    }
    this.cleanup = setInterval(() => void this.clearExpired(), CLEANUP_EVERY_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.cleanup);
    await Promise.all([...this.buffered.values()].map((b) => b.stop().catch(() => undefined)));
  }

  /** Counts one request; `allowed` is false once the client is over the limit. */
  async consume(policy: RateLimitPolicy, client: string): Promise<RateLimitOutcome> {
    const buffered = this.buffered.get(policy);
    if (buffered) return buffered.consume(client);
    const limiter = this.limiters.get(policy)!;
    try {
      return outcome(limiter.points, await limiter.consume(client), true);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return outcome(limiter.points, rejection, false);
      throw rejection; // the store failed: the caller answers 503
    }
  }

  /** Whether `client` is already over the limit, without counting a request. */
  async isBlocked(policy: RateLimitPolicy, client: string): Promise<RateLimitOutcome | null> {
    const limiter = this.limiters.get(policy)!;
    const res = await limiter.get(client);
    if (!res || res.consumedPoints < limiter.points) return null;
    return outcome(limiter.points, res, false);
  }

  /** Forgets a client's count (a successful sign-in clears the account's failures). */
  async reset(policy: RateLimitPolicy, client: string): Promise<void> {
    await this.limiters.get(policy)!.delete(client);
  }

  /** Gives back one counted request (one that was refused, for policies that count acceptances). */
  async refund(policy: RateLimitPolicy, client: string): Promise<void> {
    await this.limiters.get(policy)!.reward(client, 1);
  }

  private async clearExpired(): Promise<void> {
    await this.db
      .query('DELETE FROM rate_limit WHERE expire < $1', [Date.now() - 60_000])
      .catch(() => undefined); // best effort; the next round tries again
  }
}

function outcome(limit: number, res: RateLimiterRes, allowed: boolean): RateLimitOutcome {
  return {
    allowed,
    limit,
    remaining: res.remainingPoints,
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}
