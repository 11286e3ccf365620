import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Meilisearch } from 'meilisearch';
import { Public } from '../common/auth/roles.decorator.js';
import { CommonErrorCode } from '../common/errors/common-error-codes.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { MEILI_CLIENT } from '../search/meili.client.js';

const CHECK_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly relay: OutboxRelay,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({
    operationId: 'healthLive',
    summary: 'The process is up (no dependencies checked)',
  })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    operationId: 'healthReady',
    summary: 'Ready to serve: Postgres and Meilisearch reachable',
  })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ok',
        info: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
      },
    },
  })
  @ApiProblems(503)
  async ready() {
    try {
      return await this.health.check([
        () => this.db.pingCheck('postgres').withTimeout(CHECK_TIMEOUT_MS),
        () =>
          this.indicators
            .check('meilisearch')
            .attempt(async () => {
              await this.meili.health();
            })
            .withTimeout(CHECK_TIMEOUT_MS),
        // Lag and dead letters are reported, not fatal: a stuck row must not take the
        // instance out of the load balancer.
        () =>
          this.indicators
            .check('outbox')
            .attempt(() => this.relay.lag())
            .withTimeout(CHECK_TIMEOUT_MS),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) {
        const checks = error.getResponse() as { details?: Record<string, { status: string }> };
        const down = Object.entries(checks.details ?? {})
          .filter(([, v]) => v.status !== 'up')
          .map(([k]) => k);
        throw new DomainError(
          CommonErrorCode.ServiceUnavailable,
          `Not ready: ${down.join(', ') || 'a dependency'} unavailable.`,
          {
            checks: checks.details ?? {},
            retryAfterSeconds: 5,
          },
        );
      }
      throw error;
    }
  }
}
