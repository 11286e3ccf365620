import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { PgListener } from '../database/pg-listener.js';
import { OUTBOX_CHANNEL, type OutboxTopic } from './outbox.service.js';

/**
 * Thrown by a handler when the receiving system refused the work itself (a Meilisearch task
 * that failed, a mail server's permanent 5xx): sending the same again will not help, so only
 * these count toward dead-lettering. Any other error (a connection refused, a timeout, Postgres
 * away) is transient and retried without limit.
 */
export class OutboxRejection extends Error {
  override name = 'OutboxRejection';
}

/** Does the work for some aggregate keys of a topic; throws when it could not. */
export interface OutboxHandler {
  topic: OutboxTopic;
  /** Rows claimed per pass (default RELAY_BATCH_SIZE). */
  batchSize?: number;
  handle(keys: string[]): Promise<void>;
}

export const RELAY_BATCH_SIZE = 200;
/** Rejections of one row before it is dead-lettered. */
export const RELAY_MAX_ATTEMPTS = 8;
const POLL_MS = 200;
/** A topic whose receiver is unreachable is retried after 0.5 s, 1 s, 2 s, … up to this. */
const TRANSIENT_BACKOFF_CAP_MS = 10_000;
/** Idle polling is only the fallback: a NOTIFY from the committing transaction wakes the relay. */
const IDLE_POLL_MS = 2_000;

/** Advisory lock ids, one per topic: one relay at a time per topic across all instances. */
const TOPIC_LOCK: Record<OutboxTopic, number> = { search: 724_401, mail: 724_402 };

export interface RelayPassResult {
  claimed: number;
  done: number;
  failed: number;
}

/**
 * Hands pending outbox rows to the handler of their topic. Rows are claimed with FOR UPDATE
 * SKIP LOCKED inside a transaction that holds the topic's advisory lock, coalesced by key, and
 * marked done only after the handler succeeded. A rejected batch is retried in halves down to
 * single keys, so one bad row cannot block the others; a row that keeps being rejected is retried
 * with backoff and, after RELAY_MAX_ATTEMPTS, dead-lettered (kept, visible in health and admin).
 * A transient failure leaves the rows as they are and pauses the topic with capped backoff.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly handlers = new Map<OutboxTopic, OutboxHandler>();
  /** Passes in a row whose receiver was unreachable, per topic. */
  private readonly unreachable = new Map<OutboxTopic, number>();
  /** Scheduled passes skip a topic until then (runOnce and drain do not wait). */
  private readonly pausedUntil = new Map<OutboxTopic, number>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private idle = false;
  /** A NOTIFY came during a pass, which may have looked before that row committed. */
  private wokenDuringPass = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly listener: PgListener,
  ) {}

  register(handler: OutboxHandler): void {
    this.handlers.set(handler.topic, handler);
  }

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    this.schedule(0);
    this.listener.subscribe(OUTBOX_CHANNEL, () => this.wake());
    this.listener.onReconnect(() => this.wake()); // rows written while we were not listening
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Starts a pass now if the relay is waiting out its idle delay. */
  private wake(): void {
    if (this.stopped) return;
    if (!this.idle) {
      this.wokenDuringPass = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  /** The receiver of `topic` is back (the reconciler saw it): retry its rows now. */
  resume(topic: OutboxTopic): void {
    this.pausedUntil.delete(topic);
    this.wake();
  }

  /** Passes in a row that failed because `topic`'s receiver was unreachable (0: it is fine). */
  transientFailures(topic: OutboxTopic): number {
    return this.unreachable.get(topic) ?? 0;
  }

  /** One pass over every topic; exported for tests and the reindex command. */
  async runOnce(): Promise<RelayPassResult> {
    return this.passes(false);
  }

  private async passes(respectPauses: boolean): Promise<RelayPassResult> {
    const total: RelayPassResult = { claimed: 0, done: 0, failed: 0 };
    for (const handler of this.handlers.values()) {
      if (respectPauses && (this.pausedUntil.get(handler.topic) ?? 0) > Date.now()) continue;
      const r = await this.pass(handler);
      total.claimed += r.claimed;
      total.done += r.done;
      total.failed += r.failed;
    }
    return total;
  }

  /**
   * Runs passes until no row that is due now is pending (another pass, here or in another
   * instance, may hold the topic lock meanwhile), or the time is up.
   */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await this.runOnce();
      const [{ pending }] = await this.db.query<{ pending: number }[]>(
        `SELECT count(*)::int AS pending FROM outbox
          WHERE processed_at IS NULL AND dead_at IS NULL AND available_at <= now()`,
      );
      if (pending === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Rows that were rejected on every attempt and not resolved since, newest first. */
  async deadLetters(page: number, perPage: number) {
    const rows = await this.db.query<
      {
        id: string;
        topic: string;
        aggregateKey: string;
        attempts: number;
        lastError: string | null;
        createdAt: Date;
        deadAt: Date;
      }[]
    >(
      `SELECT id, topic, aggregate_key AS "aggregateKey", attempts, last_error AS "lastError",
              created_at AS "createdAt", dead_at AS "deadAt"
         FROM outbox WHERE dead_at IS NOT NULL AND processed_at IS NULL
        ORDER BY dead_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [perPage, (page - 1) * perPage],
    );
    const [{ total }] = await this.db.query<{ total: number }[]>(
      'SELECT count(*)::int AS total FROM outbox WHERE dead_at IS NOT NULL AND processed_at IS NULL',
    );
    return {
      total,
      items: rows.map((r) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        deadAt: r.deadAt.toISOString(),
      })),
    };
  }

  /**
   * Dead letters of `topic` whose keys are now known to be right (the reconciler checked them):
   * marked processed, so they no longer count. Returns how many.
   */
  async resolveDeadLetters(topic: OutboxTopic, exceptKeys: string[]): Promise<number> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE outbox SET processed_at = now()
        WHERE topic = $1 AND dead_at IS NOT NULL AND processed_at IS NULL
          AND NOT (aggregate_key = ANY($2::varchar[]))
        RETURNING id`,
      [topic, exceptKeys],
    );
    return (rows[0] as unknown[] | undefined)?.length ?? 0;
  }

  /** Keys of `topic` with work not yet done (pending or backing off). */
  async pendingKeys(topic: OutboxTopic): Promise<Set<string>> {
    const rows = await this.db.query<{ key: string }[]>(
      `SELECT DISTINCT aggregate_key AS key FROM outbox
        WHERE topic = $1 AND processed_at IS NULL AND dead_at IS NULL`,
      [topic],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** Pending rows and the age of the oldest, over all topics, for readiness. */
  async lag(): Promise<{ pending: number; oldestSeconds: number; dead: number }> {
    const [row] = await this.db.query<{ pending: number; oldest: number | null; dead: number }[]>(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL AND dead_at IS NULL)::int AS pending,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE processed_at IS NULL AND dead_at IS NULL))::float AS oldest,
              count(*) FILTER (WHERE dead_at IS NOT NULL AND processed_at IS NULL)::int AS dead
         FROM outbox`,
    );
    return { pending: row.pending, oldestSeconds: Math.round(row.oldest ?? 0), dead: row.dead };
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    if (this.wokenDuringPass) delay = 0;
    this.wokenDuringPass = false;
    this.idle = delay > 0;
    this.timer = setTimeout(() => {
      this.idle = false;
      this.running = this.passes(true)
        .then((r) => this.schedule(r.done > 0 || r.failed > 0 ? 0 : this.idleDelay()))
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'outbox relay pass failed; retrying');
          this.schedule(POLL_MS * 10);
        });
    }, delay);
  }

  /** The idle poll, or sooner when a paused topic becomes due. */
  private idleDelay(): number {
    const now = Date.now();
    const due = [...this.pausedUntil.values()].filter((t) => t > now);
    return due.length ? Math.min(IDLE_POLL_MS, Math.min(...due) - now) : IDLE_POLL_MS;
  }

  private noteTransient(topic: OutboxTopic, error: string): void {
    const failures = this.transientFailures(topic) + 1;
    this.unreachable.set(topic, failures);
    const delay = Math.min(TRANSIENT_BACKOFF_CAP_MS, 500 * 2 ** (failures - 1));
    this.pausedUntil.set(topic, Date.now() + delay);
    // The first failure and then every minute or so: an outage is worth one line, not hundreds.
    if (failures === 1 || failures % 6 === 0) {
      this.logger.warn(
        { topic, failures, retryInMs: delay, error },
        'outbox receiver unreachable; rows kept, retrying',
      );
    }
  }

  private noteReachable(topic: OutboxTopic): void {
    const failures = this.transientFailures(topic);
    if (failures > 0) this.logger.log({ topic, failures }, 'outbox receiver is back');
    this.unreachable.delete(topic);
    this.pausedUntil.delete(topic);
  }

  private async pass(handler: OutboxHandler): Promise<RelayPassResult> {
    return this.db.transaction(async (m) => {
      const [{ locked }] = await m.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [TOPIC_LOCK[handler.topic]],
      );
      if (!locked) return { claimed: 0, done: 0, failed: 0 };
      const rows = await m.query<{ id: string; key: string; attempts: number }[]>(
        `SELECT id, aggregate_key AS key, attempts FROM outbox
          WHERE topic = $1 AND processed_at IS NULL AND dead_at IS NULL AND available_at <= now()
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [handler.topic, handler.batchSize ?? RELAY_BATCH_SIZE],
      );
      if (rows.length === 0) return { claimed: 0, done: 0, failed: 0 };

      const keys = [...new Set(rows.map((r) => r.key))];
      const failures = new Map<string, Failure>();
      await handleSplitting(handler, keys, failures);
      const transient = [...failures.values()].find((f) => !f.rejected);
      if (transient) this.noteTransient(handler.topic, transient.message);
      else this.noteReachable(handler.topic);
      const doneIds = rows.filter((r) => !failures.has(r.key)).map((r) => r.id);
      if (doneIds.length) {
        await m.query(
          'UPDATE outbox SET processed_at = now(), last_error = NULL WHERE id = ANY($1)',
          [doneIds],
        );
      }
      // Rows that failed transiently stay as they are: the topic's pause is their backoff.
      for (const row of rows.filter((r) => failures.get(r.key)?.rejected)) {
        const attempts = row.attempts + 1;
        const backoffMs = Math.min(60_000, 500 * 2 ** (attempts - 1));
        await m.query(
          `UPDATE outbox SET attempts = $2::int, last_error = $3,
                  available_at = now() + ($4::int * interval '1 millisecond'),
                  dead_at = CASE WHEN $2::int >= $5::int THEN now() ELSE NULL END
            WHERE id = $1`,
          [row.id, attempts, failures.get(row.key)?.message, backoffMs, RELAY_MAX_ATTEMPTS],
        );
      }
      const rejected = [...failures.values()].filter((f) => f.rejected).length;
      if (rejected) {
        this.logger.warn(
          { topic: handler.topic, rejected },
          'outbox rows rejected by their receiver; will retry, then dead-letter',
        );
      }
      return { claimed: rows.length, done: doneIds.length, failed: rows.length - doneIds.length };
    });
  }
}

interface Failure {
  message: string;
  /** Refused by the receiver (counts toward dead-lettering), rather than not delivered. */
  rejected: boolean;
}

/**
 * Hands the keys over in one call; when the receiver rejects that, in halves, and so on down to
 * single keys: one bad document in a batch of a thousand costs about twenty calls, not a
 * thousand. A transient failure is not split: the receiver is away for every key alike.
 */
async function handleSplitting(
  handler: OutboxHandler,
  keys: string[],
  failures: Map<string, Failure>,
): Promise<void> {
  try {
    await handler.handle(keys);
  } catch (error) {
    const failure = { message: describe(error), rejected: error instanceof OutboxRejection };
    if (!failure.rejected || keys.length === 1) {
      for (const key of keys) failures.set(key, failure);
      return;
    }
    const half = Math.ceil(keys.length / 2);
    await handleSplitting(handler, keys.slice(0, half), failures);
    await handleSplitting(handler, keys.slice(half), failures);
  }
}

/** Error text for last_error: the message only (never document bodies), bounded. */
function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 500);
}
