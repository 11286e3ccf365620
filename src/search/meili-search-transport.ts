import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { SearchParams, SearchResponse } from 'meilisearch';
import { Pool } from 'undici';
import { AppConfig } from '../config/app-config.js';

/** Keep-alive connections to Meilisearch for public searches (beyond this, requests queue). */
const MAX_CONNECTIONS = 64;

/**
 * The public search request, sent with undici's request API over a keep-alive pool instead of
 * the client library's `fetch`. Every search runs through here, so its cost is paid per request:
 * fetch's streams, Headers and AbortSignal plumbing cost more CPU per search than the rest of our
 * request handling, on the same cores Meilisearch needs (BENCHMARKS.md). Writes,
 * tasks, settings and keys stay on the official client, where that cost does not matter.
 */
@Injectable()
export class MeiliSearchTransport implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeoutMs: number;

  constructor(config: AppConfig) {
    const base = new URL(config.meili.url);
    this.basePath = base.pathname.replace(/\/*$/, '/');
    this.timeoutMs = config.meili.timeoutMs;
    this.pool = new Pool(base.origin, {
      connections: MAX_CONNECTIONS,
      // Idle connections are dropped before the server's own idle timeout (actix-web: 5 s), so
      // a request is unlikely to go out on a connection Meilisearch is closing.
      keepAliveTimeout: 4_000,
      connect: { timeout: this.timeoutMs },
    });
  }

  /** POST /indexes/{index}/search; throws on any failure (unreachable, timeout, non-200). */
  async search<T>(
    index: string,
    apiKey: string | undefined,
    body: SearchParams,
  ): Promise<SearchResponse<T>> {
    const { statusCode, body: response } = await this.pool.request({
      method: 'POST',
      path: `${this.basePath}indexes/${encodeURIComponent(index)}/search`,
      headers: {
        'content-type': 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify(body),
      // One deadline for all of it (waiting for a free connection, connecting, a server that
      // accepts and never answers, a slow body): no search request hangs.
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    if (statusCode !== 200)
      throw new Error(`Meilisearch search answered ${statusCode}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as SearchResponse<T>;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
