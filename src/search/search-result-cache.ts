import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { PgListener } from '../database/pg-listener.js';

/** NOTIFY channel: the search index changed (any instance), cached answers are stale. */
export const SEARCH_INDEX_CHANNEL = 'search_index_changed';
const MAX_ENTRIES = 2_000;

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

  constructor(
    private readonly config: AppConfig,
    private readonly listener: PgListener,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    if (config.searchCacheTtlMs > 0)
      this.cache = new LRUCache({ max: MAX_ENTRIES, ttl: config.searchCacheTtlMs });
  }

  onApplicationBootstrap(): void {
    if (!this.cache) return;
    this.listener.subscribe(SEARCH_INDEX_CHANNEL, () => this.clear());
    this.listener.onReconnect(() => this.clear());
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
  }
}
