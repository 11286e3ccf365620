import type { INestApplication } from '@nestjs/common';
import type autocannon from 'autocannon';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateApiKey } from '../src/accounts/api-key-secret.js';
import { prepareApp } from '../src/bootstrap.js';
import { AppConfig, buildAppConfig } from '../src/config/app-config.js';
import { readEnv } from '../src/config/env.schema.js';
import { CatalogImporter } from '../src/imports/catalog-importer.js';
import { readImportFile } from '../src/imports/import-file.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { createMeiliClient } from '../src/search/meili-client-factory.js';
import { SearchQueryDto } from '../src/search/search-query.dto.js';
import { SearchRepository } from '../src/search/search.repository.js';
import { searchParams } from '../src/search/search.service.js';
import { resolveServices } from '../src/config/resolve-services.js';
import { EmbeddedStack } from '../src/runtime/embedded-stack.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { round2 } from './bench-support.js';

/**
 * What the benchmarks run on, load and ask: fresh embedded servers with an in-process app, the
 * import of a catalog file, and the dev query mix.
 */

export interface BenchStack {
  /** A temporary directory for the servers' data and the catalog files; removed by close(). */
  dataDir: string;
  stack: EmbeddedStack;
  config: AppConfig;
  /** The in-process app (migrated, area tree loaded) that imports and reindexes. */
  app: INestApplication;
  /** The app servers' bootstrap admin key (for curator calls in the benchmark). */
  adminKey: string;
  /** Environment for an app server process against these servers (LOG_LEVEL=warn), plus extra. */
  serverEnv(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

const BENCH_RATE_LIMIT = '1000000';

/**
 * Embedded Postgres and Meilisearch in a new temporary directory, and the app in this process.
 * `relay`: whether this process runs the outbox relay (else an app server must, to index).
 */
export async function startBenchStack(name: string, relay: boolean): Promise<BenchStack> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `catalog-${name}-`));
  const stack = await EmbeddedStack.start({ dataDir, postgres: true, meilisearch: true });
  const removeAll = async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const env = readEnv({
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      PORT: '0',
      DATABASE_URL: undefined,
      MEILI_URL: undefined,
      OUTBOX_RELAY: String(relay),
      PUBLIC_API_RATE_LIMIT: BENCH_RATE_LIMIT,
    });
    const config = buildAppConfig(env, resolveServices(env, stack));
    const app = await prepareApp(config, { seedDemo: false, log: () => undefined });
    const adminKey = generateApiKey().key;
    return {
      dataDir,
      stack,
      config,
      app,
      adminKey,
      serverEnv: (extra = {}) => ({
        DATA_DIR: dataDir,
        DATABASE_URL: stack.databaseUrl!,
        MEILI_URL: stack.meiliUrl!,
        MEILI_MASTER_KEY: stack.meiliMasterKey!,
        MEILI_INDEX: config.meili.index,
        ADMIN_API_KEY: adminKey,
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        // The load comes from one address; the limiter still runs (and costs) as in production.
        PUBLIC_API_RATE_LIMIT: BENCH_RATE_LIMIT,
        ...extra,
      }),
      close: async () => {
        await app.close();
        await removeAll();
      },
    };
  } catch (error) {
    await removeAll();
    throw error;
  }
}

/** The file is read, imported and published; done when the index holds every listing. */
export async function importEndToEnd(
  app: Awaited<ReturnType<typeof prepareApp>>,
  file: string,
  total: number,
) {
  const started = performance.now();
  const records = readImportFile(await readFile(file), 'json');
  const report = await app.get(CatalogImporter).run(records, { publish: true, dryRun: false });
  if (report.failedRows)
    throw new Error(
      `import: ${report.failedRows} rows failed: ${JSON.stringify(report.errors.slice(0, 3))}`,
    );
  const postgresSeconds = (performance.now() - started) / 1000;
  const repo = app.get(SearchRepository);
  // The master key: the app's own keys may not read index stats.
  const meili = createMeiliClient(app.get(AppConfig).meili);
  for (;;) {
    const { pending } = await app.get(OutboxRelay).lag();
    if (pending === 0) {
      const stats = await meili.index(repo.indexName).getStats();
      if (stats.numberOfDocuments >= total) break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    rows: records.length,
    seconds: round2(seconds),
    postgresSeconds: round2(postgresSeconds),
    rowsPerSecond: Math.round(records.length / seconds),
  };
}

export interface DevQuery {
  q: string;
  filters?: Record<string, unknown>;
}

export async function devQueries(): Promise<DevQuery[]> {
  const file = path.join(projectRoot(), '..', 'shared', 'relevance', 'dev-queries.json');
  const fallback = [{ q: '폐암' }, { q: 'antibody' }, { q: '수술로봇' }, { q: 'sepsis' }];
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { queries: DevQuery[] }).queries;
  } catch {
    return fallback;
  }
}

/** The same query mix for every target: the dev queries (words and filters). */
export function queryMix(queries: DevQuery[], index: string, meiliKey: string) {
  const ours = queries.map((query) => {
    const params = new URLSearchParams({ q: query.q });
    for (const [k, v] of Object.entries(query.filters ?? {})) params.append(k, String(v));
    return { method: 'GET' as const, path: `/api/v1/technologies?${params.toString()}` };
  });
  const direct = queries.map((query) => {
    const dto = Object.assign(new SearchQueryDto(), { q: query.q, ...(query.filters ?? {}) });
    return {
      method: 'POST' as const,
      path: `/indexes/${index}/search`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${meiliKey}` },
      body: JSON.stringify({ q: query.q, ...searchParams(dto) }),
    };
  });
  const postgres = queries.map((query) => {
    const params = new URLSearchParams({ q: query.q });
    const trlMin = query.filters?.trlMin;
    if (typeof trlMin === 'number') params.set('trlMin', String(trlMin));
    return { method: 'GET' as const, path: `/search?${params.toString()}` };
  });
  // Mostly distinct requests (word pairs, pages, TRL floors): the answer cache fills and evicts.
  const words = [...new Set(queries.flatMap((q) => q.q.split(/\s+/)))];
  let n = 0;
  const varied: autocannon.Request[] = [
    {
      method: 'GET',
      setupRequest: (req) => {
        n++;
        const params = new URLSearchParams({
          q: `${words[n % words.length]} ${words[(n * 7) % words.length]}`,
          page: String((n % 5) + 1),
          trlMin: String((n % 9) + 1),
        });
        return { ...req, path: `/api/v1/technologies?${params.toString()}` };
      },
    },
  ];
  return { ours, direct, postgres, varied };
}
