import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Public } from '../accounts/roles.decorator.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { MEILI_CLIENT } from '../search/meili-client-factory.js';
import { SearchReconciler } from '../search/search-reconciler.js';
import { ReadinessDto } from './readiness.dto.js';

const CHECK_TIMEOUT_MS = 2000;
const RETRY_AFTER_SECONDS = 5;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly relay: OutboxRelay,
    private readonly reconciler: SearchReconciler,
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
    summary: 'Ready to serve: Postgres and Meilisearch reachable, index in step with Postgres',
    description:
      'The same shape at 200 and 503. `status` is `ok`; `degraded` (still 200: serving, but ' +
      'there are dead-lettered outbox rows or the search index differs from the published ' +
      'listings while it is repaired); or `down` (503 with Retry-After: Postgres or Meilisearch ' +
      'unreachable).',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'A dependency is down' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessDto> {
    const [postgres, meilisearch] = await Promise.all([
      probe(() => this.db.query<unknown[]>('SELECT 1')),
      probe(() => this.meili.health()),
    ]);
    const lag = postgres ? await probe(() => this.relay.lag()) : undefined;
    const difference = this.reconciler.difference();
    const differs = difference.missing + difference.stale + difference.extra > 0;
    const down = !postgres || !meilisearch;
    const status = down ? 'down' : (lag && lag.dead > 0) || differs ? 'degraded' : 'ok';
    if (down) {
      res.status(503);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    res.setHeader('Cache-Control', 'no-store');
    return {
      status,
      checks: {
        postgres: { status: postgres ? 'up' : 'down' },
        meilisearch: { status: meilisearch ? 'up' : 'down' },
        outbox: lag
          ? { status: lag.dead > 0 ? 'degraded' : 'up', ...lag }
          : { status: 'unknown', pending: null, oldestSeconds: null, dead: null },
        index: { status: differs ? 'degraded' : 'up', ...difference },
      },
    };
  }
}

/** The check's value, or false when it failed or took longer than CHECK_TIMEOUT_MS. */
async function probe<T>(check: () => Promise<T>): Promise<T | false> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check(),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
