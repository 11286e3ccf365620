import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { PgListener } from '../database/pg-listener.js';

/** NOTIFY channel: the search index changed (any instance), cached answers are stale. */
export const SEARCH_INDEX_CHANNEL = 'search_index_changed';
const MAX_ENTRIES = 2_000;
/** How long a memo (below) may live without any change being heard. */
const MEMO_TTL_MS = 30_000;

/**
 * Public search answers, reused until the index changes. Whoever changes the index announces
 * it with `announceChange()` (a Postgres NOTIFY), and every instance drops its answers. While
 * this instance is not LISTENing (Postgres restarting) nothing is cached, since a change could
 * go unheard; the TTL bounds staleness from changes made outside the app.
 */
@Injectable()
export class SearchResultCache implements OnApplicationBootstrap {
  private readonly cache?: LRUCache<string, object>;
  /** Bumped on every change, so an answer fetched across a change is not stored. */
  private generation = 0;
  /**
   * Small facts about the index's contents (when the catalog last changed), kept until the next
   * change even with the answer cache off: without it every search also queried Postgres.
   */
  private readonly memos = new Map<string, { value: unknown; at: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly listener: PgListener,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    if (config.searchCacheTtlMs > 0)
      this.cache = new LRUCache({ max: MAX_ENTRIES, ttl: config.searchCacheTtlMs });
  }

  onApplicationBootstrap(): void {
    this.listener.subscribe(SEARCH_INDEX_CHANNEL, () => this.clear());
    this.listener.onReconnect(() => this.clear());
  }

  /** `load()`'s value, reused until the index changes (and at most MEMO_TTL_MS). */
  async memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.memos.get(key);
    if (hit && this.listener.listening && Date.now() - hit.at < MEMO_TTL_MS) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation) this.memos.set(key, { value, at: Date.now() });
    return value;
  }

  async getOrLoad<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache || !this.listener.listening) return load();
    const hit = this.cache.get(key);
    if (hit) return hit as T;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation && this.listener.listening) this.cache.set(key, value);
    return value;
  }

  /** Tells every instance that the index changed. Call after the Meilisearch task succeeded. */
  async announceChange(): Promise<void> {
    this.clear();
    await this.db.query('SELECT pg_notify($1, $2)', [SEARCH_INDEX_CHANNEL, '']);
  }

  private clear(): void {
    this.generation++;
    this.cache?.clear();
    this.memos.clear();
  }
}
