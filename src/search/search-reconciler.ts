import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { MEILI_CLIENT } from './meili-client-factory.js';
import { REINDEX_LOCK } from './search-reindexer.js';
import { SearchResultCache } from './search-result-cache.js';
import { SearchRepository } from './search.repository.js';

/** One reconciler at a time across instances. */
const RECONCILE_LOCK = 724_411;
/** How often Meilisearch's /health is asked, to notice it going away and coming back. */
const PROBE_MS = 2_000;
/** A repair is checked again this soon after (when the relay has had time to apply it). */
const RECHECK_MS = 5_000;

export interface IndexDifference {
  /** Published, not in the index. */
  missing: number;
  /** In the index with another version than Postgres has. */
  stale: number;
  /** In the index but not published (drafts, archived, deleted): repaired first. */
  extra: number;
  /** When the last comparison finished (ISO-8601), or null before the first. */
  checkedAt: string | null;
}

/**
 * Makes the index equal to the published `(id, version)` set whatever happened to the outbox:
 * at start-up, when Meilisearch comes back after being unreachable, and every
 * RECONCILE_INTERVAL_SECONDS. Listings in the index that are not published are deleted at
 * once; every differing listing then gets an outbox row, so the relay (which reads the
 * current state) repairs it. Differences the outbox is already working on are not counted.
 */
@Injectable()
export class SearchReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SearchReconciler.name);
  private timer?: NodeJS.Timeout;
  private probe?: NodeJS.Timeout;
  /** Comparisons run one after another; each call gets its own, begun after the call. */
  private queue: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private meiliUp = true;
  private probing = false;
  /**
   * Set while Meilisearch was away or restarted and the index has not been compared since: it
   * may still show listings unpublished meanwhile, so public search waits (503) until then.
   */
  private suspect = false;
  private last: IndexDifference = { missing: 0, stale: 0, extra: 0, checkedAt: null };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly search: SearchRepository,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelay,
    private readonly cache: SearchResultCache,
    private readonly config: AppConfig,
    private readonly technologies: TechnologyRepository,
  ) {}

  /** The first comparison runs before the app serves, so it never shows a stale index. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.relayEnabled) return; // one-shot commands do not repair in the background
    this.probe = setInterval(() => void this.watchMeilisearch(), PROBE_MS).unref();
    await this.scheduled();
  }

  /** False while the index may show what Postgres no longer publishes (see `suspect`). */
  isTrustworthy(): boolean {
    return !this.suspect;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.probe);
    await this.queue.catch(() => undefined);
  }

  /** The last comparison's counts (zero once a repair has been verified). */
  difference(): IndexDifference {
    return { ...this.last };
  }

  /**
   * Compares the index with Postgres and queues the repair. Returns undefined when another
   * instance (or a reindex) is busy with the index right now.
   */
  reconcile(): Promise<IndexDifference | undefined> {
    const run = this.queue.catch(() => undefined).then(() => this.compareAndRepair());
    this.queue = run;
    return run;
  }

  private later(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scheduled(), delayMs).unref();
  }

  private async scheduled(): Promise<void> {
    let recheck: boolean;
    try {
      const found = await this.reconcile();
      // Busy elsewhere (another instance, a reindex): look again soon, not in ten minutes.
      recheck = !found || found.missing + found.stale + found.extra > 0;
      // Extras were deleted before reconcile() returned: what is left is only out of date.
      if (found) this.suspect = false;
    } catch (error) {
      // Meilisearch or Postgres away: the probe starts the next run when Meilisearch is back.
      this.logger.warn({ err: error }, 'index reconciliation failed; will retry');
      recheck = true;
    }
    const interval = this.config.reconcileIntervalSeconds * 1000;
    if (recheck) this.later(RECHECK_MS * (this.meiliUp ? 1 : 6));
    else if (interval > 0) this.later(interval);
  }

  /**
   * Starts a comparison soon: Meilisearch came back, or was restarted by the runtime (and may
   * have lost or kept anything).
   */
  reconcileSoon(): void {
    this.suspect = true;
    this.relay.resume('search');
    this.later(0);
  }

  /** Notices Meilisearch going away and coming back (a cheap GET /health every PROBE_MS). */
  private async watchMeilisearch(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    let healthy: boolean;
    try {
      await this.meili.health();
      healthy = true;
    } catch {
      healthy = false;
    } finally {
      this.probing = false;
    }
    if (!healthy) {
      if (this.meiliUp) this.logger.warn('Meilisearch is unreachable; index updates are queued');
      this.meiliUp = false;
      this.suspect = true;
      return;
    }
    const wasDown = !this.meiliUp;
    this.meiliUp = true;
    if (wasDown) {
      this.logger.log('Meilisearch is reachable again; retrying queued updates and reconciling');
      this.reconcileSoon();
    } else if (this.relay.transientFailures('search') > 0) {
      this.relay.resume('search'); // a blip shorter than a probe: no need to wait the backoff out
    }
  }

  private async compareAndRepair(): Promise<IndexDifference | undefined> {
    return this.db.transaction(async (m) => {
      const [{ locked, reindexing }] = await m.query<{ locked: boolean; reindexing: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock($1) AS locked,
                EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
                          AND ((classid::bigint << 32) | objid::bigint) = $2) AS reindexing`,
        [RECONCILE_LOCK, REINDEX_LOCK],
      );
      if (!locked || reindexing) return undefined;

      // Index first, then Postgres: a listing published in between shows as "missing" and is
      // queued again (harmless); the reverse order could miss a listing unpublished meanwhile.
      if (!(await this.search.indexExists())) await this.search.ensureIndex();
      const indexed = await this.search.documentVersions();
      const published = await this.technologies.publishedVersions();
      const inFlight = await this.relay.pendingKeys('search');

      const extra = [...indexed.keys()].filter((id) => !published.has(id));
      const missing: string[] = [];
      const stale: string[] = [];
      for (const [id, version] of published) {
        const seen = indexed.get(id);
        if (seen === undefined) missing.push(id);
        else if (seen !== version) stale.push(id);
      }
      // What the outbox is about to apply anyway is not a difference (a write a moment ago).
      const [missingNow, staleNow, extraNow] = [missing, stale, extra].map((ids) =>
        ids.filter((id) => !inFlight.has(id)),
      );
      const found: IndexDifference = {
        missing: missingNow.length,
        stale: staleNow.length,
        extra: extraNow.length,
        checkedAt: new Date().toISOString(),
      };

      if (extra.length) {
        // Never show an unpublished listing a moment longer than needed.
        await this.search.delete(extra);
        await this.cache.announceChange();
      }
      const repair = [...extraNow, ...missingNow, ...staleNow];
      if (repair.length) {
        await this.outbox.enqueueMany(m, 'search', repair, { reason: 'reconcile' });
        this.logger.warn(found, 'search index differed from the published listings; repairing');
      }
      const resolved = await this.relay.resolveDeadLetters('search', [...repair, ...inFlight]);
      if (resolved)
        this.logger.log({ resolved }, 'dead letters resolved: their listings are right');
      this.last = found;
      return found;
    });
  }
}
