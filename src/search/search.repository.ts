import { Injectable } from '@nestjs/common';
import {
  type EnqueuedTaskPromise,
  MeilisearchApiError,
  type SearchParams,
  type SearchResponse,
} from 'meilisearch';
import { AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { indexSettings } from './index-settings.js';
import { MeiliClients } from './meili-clients.js';
import { MeiliSearchTransport } from './meili-search-transport.js';
import { SearchErrorCode } from './search-error-codes.js';
import type { TechnologyDocument } from './technology-document.js';

/** How long the relay waits for one Meilisearch task before it counts as failed (and retries). */
const TASK_TIMEOUT_MS = 60_000;
/** Documents per Meilisearch request (a request's body stays a few MB). */
const UPSERT_CHUNK = 1000;

/**
 * The only code that talks to Meilisearch. Every write waits for its task and checks that it
 * *succeeded* (a failed task does not throw by itself); indexes are created explicitly with
 * their settings, never implicitly by a document write.
 */
@Injectable()
export class SearchRepository {
  constructor(
    private readonly clients: MeiliClients,
    private readonly transport: MeiliSearchTransport,
    private readonly config: AppConfig,
  ) {}

  get indexName(): string {
    return this.config.meili.index;
  }

  /** Creates the index if it is missing and applies the settings. */
  async ensureIndex(name = this.indexName): Promise<void> {
    if (!(await this.indexExists(name))) {
      // Another caller (the reconciler, a second instance) may have created it meanwhile.
      await this.succeeded(
        (await this.clients.admin()).createIndex(name, { primaryKey: 'id' }),
        `create index ${name}`,
        'index_already_exists',
      );
    }
    await this.succeeded(
      (await this.writable(name)).updateSettings(indexSettings()),
      `settings of ${name}`,
    );
  }

  async indexExists(name = this.indexName): Promise<boolean> {
    try {
      await (await this.clients.admin()).getIndex(name);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
        return false;
      throw error;
    }
  }

  async upsert(documents: TechnologyDocument[], name = this.indexName): Promise<void> {
    await this.waitAll(await this.enqueueUpsert(documents, name), 'add documents');
  }

  async delete(ids: string[], name = this.indexName): Promise<void> {
    await this.waitAll(await this.enqueueDelete(ids, name), 'delete documents');
  }

  /**
   * Sends the documents in requests of UPSERT_CHUNK, in order, without waiting for Meilisearch
   * to index them: it merges queued additions into one batch, so callers can go on reading the
   * next documents from Postgres meanwhile. Pass the tasks to `waitAll`.
   */
  async enqueueUpsert(
    documents: TechnologyDocument[],
    name = this.indexName,
  ): Promise<EnqueuedTaskPromise[]> {
    if (documents.length === 0) return [];
    const index = await this.writable(name);
    const enqueued: EnqueuedTaskPromise[] = [];
    for (let i = 0; i < documents.length; i += UPSERT_CHUNK) {
      const task = index.addDocuments(documents.slice(i, i + UPSERT_CHUNK), { primaryKey: 'id' });
      enqueued.push(task);
      await task; // in order (each is only the enqueue request)
    }
    return enqueued;
  }

  async enqueueDelete(ids: string[], name = this.indexName): Promise<EnqueuedTaskPromise[]> {
    if (ids.length === 0) return [];
    const task = (await this.writable(name)).deleteDocuments(ids);
    await task;
    return [task];
  }

  /**
   * Waits for every task and throws if any did not succeed (a failed task does not throw). One
   * at a time: Meilisearch works through an index's tasks in order, mostly as one batch, so when
   * the first is done the others mostly are too, and only one task is polled at once.
   */
  async waitAll(tasks: EnqueuedTaskPromise[], what: string): Promise<void> {
    let failure: Error | undefined;
    for (const task of tasks) {
      try {
        await this.succeeded(task, what);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
      }
    }
    if (failure) throw failure;
  }

  async search(q: string, params: SearchParams): Promise<SearchResponse<TechnologyDocument>> {
    try {
      const { apiKey } = (await this.clients.search()).config;
      return await this.transport.search<TechnologyDocument>(this.indexName, apiKey, {
        q,
        ...params,
      });
    } catch {
      // Down, timed out, or the index is gone (a reindex restores it): the caller retries.
      throw new DomainError(
        SearchErrorCode.Unavailable,
        'Search is temporarily unavailable. Please retry shortly.',
        { retryAfterSeconds: 5 },
      );
    }
  }

  /** Atomically exchanges two indexes (both must exist): searches never see a half-built one. */
  async swap(a: string, b: string): Promise<void> {
    await this.succeeded(
      (await this.clients.admin()).swapIndexes([{ indexes: [a, b], rename: false }]),
      `swap ${a} and ${b}`,
    );
  }

  async deleteIndex(name: string): Promise<void> {
    if (await this.indexExists(name))
      await this.succeeded((await this.clients.admin()).deleteIndex(name), `delete index ${name}`);
  }

  /** Every document's (id, version), for consistency checks. */
  async documentVersions(name = this.indexName): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const limit = 1000;
    for (let offset = 0; ; offset += limit) {
      const page = await (
        await this.writable(name)
      ).getDocuments<{ id: string; version: number }>({
        fields: ['id', 'version'],
        limit,
        offset,
      });
      for (const d of page.results) out.set(d.id, d.version);
      if (page.results.length < limit) return out;
    }
  }

  /** The indexed version of each of these listings (those the index lacks are left out). */
  async versionsOf(ids: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < ids.length; i += UPSERT_CHUNK) {
      const chunk = ids.slice(i, i + UPSERT_CHUNK);
      const page = await (
        await this.writable(this.indexName)
      ).getDocuments<{ id: string; version: number }>({
        fields: ['id', 'version'],
        filter: `id IN [${chunk.map((id) => JSON.stringify(id)).join(', ')}]`,
        limit: chunk.length,
      });
      for (const d of page.results) out.set(d.id, d.version);
    }
    return out;
  }

  /** An index handle on the indexer key (the search-only key cannot write). */
  private async writable(name: string) {
    return (await this.clients.admin()).index(name);
  }

  private async succeeded(
    enqueued: EnqueuedTaskPromise,
    what: string,
    harmless?: string,
  ): Promise<void> {
    const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== 'succeeded' && !(harmless && task.error?.code === harmless)) {
      throw new DomainError(
        SearchErrorCode.TaskFailed,
        `Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.code ?? 'no error code'}`,
      );
    }
  }
}
