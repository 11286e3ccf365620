import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { vocabulary } from './index-settings.js';
import { type EnqueuedTaskPromise, MeilisearchApiError } from 'meilisearch';
import { DomainError } from '../common/errors/domain-error.js';
import { type OutboxHandler, OutboxRejection, OutboxRelay } from '../outbox/outbox-relay.js';
import { SearchErrorCode } from './search-error-codes.js';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { SearchResultCache } from './search-result-cache.js';
import { SearchRepository } from './search.repository.js';
import { DOCUMENT_FORMAT, toTechnologyDocument } from './technology-document.js';

/** app_meta key of the fingerprint of what the indexed documents were built with. */
const DOCUMENTS_KEY = 'search.documents';

/** Listings read from Postgres (with their areas and patents) per step of a claim. */
const LOAD_CHUNK = 1000;

/**
 * The `search` topic: makes the index show exactly the published listings. It reads each
 * listing's current state from Postgres (under the relay's topic lock), so a replayed or
 * out-of-order row can never put an older version over a newer one.
 */
@Injectable()
export class SearchIndexSync implements OutboxHandler, OnModuleInit, OnApplicationBootstrap {
  readonly topic = 'search' as const;
  // A backlog (an import) goes over in large claims: each ends in a wait for Meilisearch and a
  // commit, so fewer claims mean fewer pauses.
  readonly batchSize = 20_000;
  private readonly logger = new Logger(SearchIndexSync.name);
  private settingsApplied = false;

  constructor(
    private readonly technologies: TechnologyRepository,
    private readonly search: SearchRepository,
    private readonly relay: OutboxRelay,
    private readonly cache: SearchResultCache,
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  /** Applies settings at start-up; if Meilisearch is down, the first sync does it instead. */
  async onApplicationBootstrap(): Promise<void> {
    await this.resendIfDocumentsChanged();
    try {
      await this.search.ensureIndex();
      this.settingsApplied = true;
    } catch (error) {
      this.logger.warn(
        { err: error },
        'Meilisearch not ready at start-up; index settings will be applied on first sync',
      );
    }
  }

  /**
   * Documents are built by code and from the vocabulary (concept tags): when either changed
   * since they were indexed, every published listing goes through the outbox again, rebuilt in
   * place while search goes on. One instance wins the swap of the stored fingerprint.
   */
  async resendIfDocumentsChanged(): Promise<void> {
    const fingerprint = createHash('sha256')
      .update(`${DOCUMENT_FORMAT}\n${JSON.stringify(vocabulary())}`)
      .digest('hex');
    const resent = await this.db.transaction(async (manager) => {
      const won = await manager.query<unknown[]>(
        `INSERT INTO app_meta (key, value) VALUES ($1, to_jsonb($2::text))
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
           WHERE app_meta.value IS DISTINCT FROM EXCLUDED.value
         RETURNING key`,
        [DOCUMENTS_KEY, fingerprint],
      );
      if (won.length === 0) return 0;
      const ids = [...(await this.technologies.publishedVersions(manager)).keys()];
      await this.outbox.enqueueMany(manager, 'search', ids);
      return ids.length;
    });
    if (resent > 0)
      this.logger.log(
        `Search documents changed (code or vocabulary): re-sending ${resent} listings`,
      );
  }

  async handle(ids: string[]): Promise<void> {
    try {
      await this.sync(ids);
    } catch (error) {
      throw isRejection(error) ? new OutboxRejection(String((error as Error).message)) : error;
    }
  }

  private async sync(ids: string[]): Promise<void> {
    if (!this.settingsApplied || !(await this.search.indexExists())) {
      await this.search.ensureIndex();
      this.settingsApplied = true;
    }
    // Listings are read and sent LOAD_CHUNK at a time, so Meilisearch indexes the first ones
    // while the next are read from Postgres; then every task is awaited.
    const tasks: EnqueuedTaskPromise[] = [];
    const unpublished: string[] = [];
    try {
      for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
        const chunk = ids.slice(i, i + LOAD_CHUNK);
        const published = await this.technologies.loadPublished(chunk);
        const publishedIds = new Set(published.map((t) => t.id));
        unpublished.push(...chunk.filter((id) => !publishedIds.has(id)));
        tasks.push(...(await this.search.enqueueUpsert(published.map(toTechnologyDocument))));
      }
      tasks.push(...(await this.search.enqueueDelete(unpublished)));
      await this.search.waitAll(tasks, 'sync listings');
    } finally {
      await this.cache.announceChange(); // also after a partial failure: the upsert may have landed
    }
  }
}

/**
 * Meilisearch refused the change itself: a task that failed, or a 4xx answer to the request
 * (other than timeouts and throttling). Connection errors, timeouts and 5xx answers are not.
 */
function isRejection(error: unknown): boolean {
  if (error instanceof DomainError) return error.code === (SearchErrorCode.TaskFailed as string);
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status >= 400 && status < 500 && status !== 408 && status !== 429;
  }
  return false;
}
