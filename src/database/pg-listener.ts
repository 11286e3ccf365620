import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';

const RETRY_MS = 1_000;

/**
 * One dedicated Postgres connection per process for LISTEN/NOTIFY, shared by whoever subscribes
 * (the outbox relay, the search cache). It reconnects when Postgres restarts and then tells
 * subscribers through `onReconnect`, since notifications sent meanwhile were lost.
 */
@Injectable()
export class PgListener implements OnModuleDestroy {
  private readonly logger = new Logger(PgListener.name);
  private readonly handlers = new Map<string, (() => void)[]>();
  private readonly reconnectHandlers: (() => void)[] = [];
  private client?: pg.Client;
  private started = false;
  private stopped = false;
  /** True while LISTEN is in effect; callers that rely on notifications check it. */
  listening = false;

  constructor(private readonly config: AppConfig) {}

  /** Calls `handler` on every NOTIFY on `channel`; starts listening on first use. */
  subscribe(channel: string, handler: () => void): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
    if (this.started) void this.client?.query(`LISTEN ${channel}`).catch(() => undefined);
    else {
      this.started = true;
      void this.connect();
    }
  }

  /** Calls `handler` each time LISTEN is (re-)established. */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    const retry = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.listening = false;
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.connect(), RETRY_MS).unref();
    };
    this.client = client;
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (n) => this.handlers.get(n.channel)?.forEach((h) => h()));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
      this.listening = true;
      this.reconnectHandlers.forEach((h) => h());
    } catch (error) {
      if (!this.stopped) this.logger.warn({ err: error }, 'Postgres LISTEN failed; retrying');
      retry();
    }
  }
}
