import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { SearchErrorCode } from './search-error-codes.js';
import { SearchResultCache } from './search-result-cache.js';
import { SearchRepository } from './search.repository.js';
import { toTechnologyDocument } from './technology-document.js';

/** Held (session-level) for a whole rebuild; the reconciler stays away meanwhile. */
export const REINDEX_LOCK = 724_410;
export const REINDEX_BATCH_SIZE = 5000;

export interface ReindexReport {
  index: string;
  indexed: number;
  replayed: number;
  durationMs: number;
}

export type ReindexProgress = (done: number, total: number) => void;

/**
 * Rebuilds the index without downtime: load every published listing into a fresh temporary
 * index with the settings, swap it with the live one (atomic in Meilisearch), drop the old one,
 * then replay the listings changed since the rebuild started (their outbox rows may have gone
 * to the index that was just swapped out). Search keeps answering from the old index until the
 * swap. One rebuild at a time across instances.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: SearchRepository,
    private readonly outbox: OutboxService,
    private readonly cache: SearchResultCache,
    private readonly technologies: TechnologyRepository,
  ) {}

  async reindex(progress: ReindexProgress = () => undefined): Promise<ReindexReport> {
    const started = Date.now();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      // A session lock on a dedicated connection: held for the whole rebuild, not one transaction.
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        REINDEX_LOCK,
      ])) as {
        locked: boolean;
      }[];
      if (!locked) {
        throw new DomainError(
          SearchErrorCode.ReindexRunning,
          'A reindex is already running; try again when it has finished.',
        );
      }
      try {
        return await this.rebuild(started, progress);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async rebuild(started: number, progress: ReindexProgress): Promise<ReindexReport> {
    const live = this.search.indexName;
    const temporary = `${live}_tmp`;
    const [{ since }] = await this.db.query<{ since: Date }[]>('SELECT now() AS since');
    await this.search.deleteIndex(temporary); // leftovers of an interrupted run
    await this.search.ensureIndex(temporary);

    const total = await this.technologies.countPublished();
    let indexed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    progress(0, total);
    // One step in flight: the next step is read from Postgres while Meilisearch indexes this one.
    let previous: { tasks: Promise<void>; count: number } | undefined;
    const finishPrevious = async () => {
      if (!previous) return;
      await previous.tasks;
      indexed += previous.count;
      progress(indexed, total);
    };
    for (;;) {
      const ids = await this.technologies.publishedIdsAfter(after, REINDEX_BATCH_SIZE);
      if (ids.length === 0) break;
      const batch = await this.technologies.loadPublished(ids);
      const tasks = await this.search.enqueueUpsert(batch.map(toTechnologyDocument), temporary);
      await finishPrevious();
      const waiting = this.search.waitAll(tasks, 'reindex');
      waiting.catch(() => undefined); // not unhandled meanwhile: finishPrevious awaits (throws) it
      previous = { tasks: waiting, count: batch.length };
      after = ids[ids.length - 1];
    }
    await finishPrevious();

    if (!(await this.search.indexExists(live))) await this.search.ensureIndex(live);
    await this.search.swap(live, temporary);
    await this.cache.announceChange();
    await this.search.deleteIndex(temporary);

    const replayed = await this.db.transaction(async (m) => {
      const changed = await this.technologies.changedSince(m, since);
      for (const id of changed)
        await this.outbox.enqueue(m, 'search', id, { reason: 'reindex-replay' });
      return changed.length;
    });
    const report = { index: live, indexed, replayed, durationMs: Date.now() - started };
    this.logger.log(report, 'reindex finished');
    return report;
  }
}
