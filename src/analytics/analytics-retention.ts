import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { AnalyticsRepository } from './analytics.repository.js';

const DAY_MS = 24 * 3600_000;
const FIRST_RUN_AFTER_MS = 60_000;

/**
 * Deletes search events older than ANALYTICS_RETENTION_DAYS, a minute after start and then
 * daily, in the processes that run background work (not the one-shot commands).
 */
@Injectable()
export class AnalyticsRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AnalyticsRetention.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly events: AnalyticsRepository,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    const run = () =>
      void this.runOnce().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'analytics retention failed'),
      );
    this.timers.push(setTimeout(run, FIRST_RUN_AFTER_MS).unref(), setInterval(run, DAY_MS).unref());
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  /** Deletes what is past the retention period; returns how many events went. */
  async runOnce(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.analyticsRetentionDays * DAY_MS);
    const deleted = await this.events.deleteOlderThan(cutoff);
    if (deleted)
      this.logger.log({ deleted, before: cutoff.toISOString() }, 'old search events deleted');
    return deleted;
  }
}
