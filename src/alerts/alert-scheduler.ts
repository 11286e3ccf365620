import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { AlertDigests } from './alert-digests.js';
import { SavedSearchRepository } from './saved-search.repository.js';

const CHECK_EVERY_MS = 10 * 60_000;
const FIRST_CHECK_AFTER_MS = 30_000;
/** A follow never confirmed is deleted, with its address, after this long. */
export const UNCONFIRMED_DAYS = 30;

/**
 * Background work of the alerts, in the processes that run background work: due digests every
 * ten minutes (instances share the work through row locks), and deletion of follows never
 * confirmed within 30 days.
 */
@Injectable()
export class AlertScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AlertScheduler.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly digests: AlertDigests,
    private readonly alerts: SavedSearchRepository,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    const tick = () => void this.tick();
    this.timers.push(
      setTimeout(tick, FIRST_CHECK_AFTER_MS).unref(),
      setInterval(tick, CHECK_EVERY_MS).unref(),
    );
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.running;
  }

  /** One round: due digests, then the purge. Never two rounds at once in one process. */
  tick(now = new Date()): Promise<void> {
    this.running ??= this.round(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Deletes follows never confirmed for UNCONFIRMED_DAYS; returns how many. */
  async purgeUnconfirmed(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - UNCONFIRMED_DAYS * 24 * 3600_000);
    const deleted = await this.alerts.deleteUnconfirmedBefore(cutoff);
    if (deleted) this.logger.log({ deleted }, 'unconfirmed alerts deleted');
    return deleted;
  }

  private async round(now: Date): Promise<void> {
    try {
      await this.digests.runDue(now);
    } catch (error) {
      this.logger.warn({ err: error }, 'alert digests stopped; the next round retries');
    }
    await this.purgeUnconfirmed(now).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'unconfirmed alerts not purged'),
    );
  }
}
