import 'reflect-metadata';
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { generateApiKey } from '../../accounts/api-key-secret.js';
import { prepareApp } from '../../bootstrap.js';
import { buildAppConfig } from '../../config/app-config.js';
import { readEnv } from '../../config/env.schema.js';
import { SearchReindexer } from '../../search/search-reindexer.js';
import { SearchQueryDto } from '../../search/search-query.dto.js';
import { searchParams } from '../../search/search.service.js';
import { DemoSeeder } from '../demo-seeder.js';
import { EmbeddedStack, resolveServices } from '../embedded-stack.js';
import { projectRoot } from '../project-root.js';
import { measurePublishLatency } from './publish-latency.js';
import { insertSyntheticCatalog } from './synthetic-catalog.js';

/**
 * `npm run bench:search [-- --count 10000 --duration 10]`: our search endpoint against the same
 * queries (same Meilisearch parameters) sent straight to Meilisearch, in one run on loopback.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 10_000);
const duration = arg('duration', 10);
const connections = arg('connections', 10);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-bench-'));
const stack = await EmbeddedStack.start({ dataDir, postgres: true, meilisearch: true });
try {
  const env = readEnv({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: undefined,
    MEILI_URL: undefined,
  });
  const config = buildAppConfig(env, resolveServices(env, stack));
  const app = await prepareApp(config, { seedDemo: false, log: () => undefined });
  const servers: ChildProcess[] = [];
  try {
    const corpus = JSON.parse(
      await readFile(path.join(projectRoot(), 'data', 'demo-catalog.json'), 'utf8'),
    ) as {
      technologies: Parameters<typeof insertSyntheticCatalog>[1];
    };
    await app.get(DemoSeeder).seedAreas();
    process.stdout.write(`Generating ${count} listings… `);
    await insertSyntheticCatalog(app.get(DataSource), corpus.technologies, count);
    const report = await app.get(SearchReindexer).reindex();
    console.log(`indexed ${report.indexed} in ${report.durationMs} ms.`);
    await app.close();

    // The app serves from its own process, as in production: the load generator must not share
    // its event loop. Two servers: as shipped (answer cache on), and with the cache off, so the
    // cost of every request that reaches Meilisearch is visible too.
    const adminKey = generateApiKey().key;
    // --profile: write a V8 CPU profile of the app process (open it in Chrome DevTools).
    const profile = process.argv.includes('--profile')
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(projectRoot(), 'bench', 'profiles')}`]
      : [];
    const startServer = async (env: Record<string, string>) => {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        [...profile, path.join(projectRoot(), 'dist/src/main.js')],
        {
          env: {
            PORT: String(port),
            HOST: '127.0.0.1',
            DATA_DIR: dataDir,
            DATABASE_URL: stack.databaseUrl,
            MEILI_URL: stack.meiliUrl,
            MEILI_MASTER_KEY: stack.meiliMasterKey,
            MEILI_INDEX: config.meili.index,
            ADMIN_API_KEY: adminKey,
            LOG_LEVEL: 'warn',
            SEED_DEMO: 'false',
            ...env,
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      servers.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stdout.on(
          'data',
          (chunk: Buffer) => chunk.toString().includes('Ready.') && resolve(),
        );
        child.once('exit', () => reject(new Error('the app exited during start-up')));
      });
      return `http://127.0.0.1:${port}`;
    };
    const appUrl = await startServer({});
    const uncachedUrl = await startServer({ SEARCH_CACHE_TTL_MS: '0' });

    const { queries } = JSON.parse(
      await readFile(
        path.join(projectRoot(), '..', 'shared', 'relevance', 'dev-queries.json'),
        'utf8',
      ).catch(() =>
        JSON.stringify({
          queries: [{ q: '폐암' }, { q: 'antibody' }, { q: '수술로봇' }, { q: 'sepsis' }],
        }),
      ),
    ) as { queries: { q: string; filters?: Record<string, unknown> }[] };

    const ours = queries.map((query) => {
      const params = new URLSearchParams({ q: query.q });
      for (const [k, v] of Object.entries(query.filters ?? {})) params.append(k, String(v));
      return { method: 'GET' as const, path: `/api/v1/technologies?${params.toString()}` };
    });
    const direct = queries.map((query) => {
      const dto = Object.assign(new SearchQueryDto(), { q: query.q, ...(query.filters ?? {}) });
      if (typeof dto.area === 'string') dto.area = [dto.area];
      if (typeof dto.jurisdiction === 'string') dto.jurisdiction = [dto.jurisdiction];
      return {
        method: 'POST' as const,
        path: `/indexes/${config.meili.index}/search`,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${stack.meiliMasterKey}`,
        },
        body: JSON.stringify({ q: query.q, ...searchParams(dto) }),
      };
    });

    const run = async (url: string, requests: autocannon.Request[]) => {
      await autocannon({ url, requests, connections, duration: 2 }); // warm-up
      const r = await autocannon({ url, requests, connections, duration });
      return {
        p50: r.latency.p50,
        p99: r.latency.p99,
        rps: r.requests.average,
        errors: r.errors + r.non2xx,
      };
    };
    const direct1 = await run(stack.meiliUrl!, direct);
    const ours1 = await run(appUrl, ours);
    const uncached = await run(uncachedUrl, ours);
    process.stdout.write('Measuring publish→searchable latency… ');
    const publishLatency = await measurePublishLatency(appUrl, adminKey);
    console.log('done.');
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      catalog: count,
      queries: queries.length,
      connections,
      durationSeconds: duration,
      direct: direct1,
      ours: ours1,
      oursUncached: uncached,
      publishLatency,
      ratios: {
        p50: ours1.p50 / direct1.p50,
        p99: ours1.p99 / direct1.p99,
        throughput: ours1.rps / direct1.rps,
      },
      uncachedRatios: {
        p50: uncached.p50 / direct1.p50,
        p99: uncached.p99 / direct1.p99,
        throughput: uncached.rps / direct1.rps,
      },
    };
    console.log(
      `\n| target | p50 ms | p99 ms | req/s | errors |\n| --- | ---: | ---: | ---: | ---: |`,
    );
    console.log(
      `| Meilisearch direct | ${direct1.p50} | ${direct1.p99} | ${direct1.rps.toFixed(0)} | ${direct1.errors} |`,
    );
    console.log(
      `| our endpoint | ${ours1.p50} | ${ours1.p99} | ${ours1.rps.toFixed(0)} | ${ours1.errors} |`,
    );
    console.log(
      `| our endpoint, cache off | ${uncached.p50} | ${uncached.p99} | ${uncached.rps.toFixed(0)} | ${uncached.errors} |`,
    );
    console.log(
      `\nratios (ours / direct): p50 ${results.ratios.p50.toFixed(2)}×, p99 ${results.ratios.p99.toFixed(2)}×, throughput ${results.ratios.throughput.toFixed(2)}×`,
    );
    console.log(
      `cache off (ours / direct): p50 ${results.uncachedRatios.p50.toFixed(2)}×, p99 ${results.uncachedRatios.p99.toFixed(2)}×, throughput ${results.uncachedRatios.throughput.toFixed(2)}×`,
    );
    console.log(
      `publish→searchable at ${publishLatency.ratePerSecond}/s over ${publishLatency.samples} listings: p50 ${publishLatency.p50} ms, p95 ${publishLatency.p95} ms, max ${publishLatency.max} ms`,
    );
    const file = path.join(projectRoot(), 'bench', 'results', `search-${count}.json`);
    await writeFile(file, JSON.stringify(results, null, 2) + '\n');
    console.log(`saved ${path.relative(projectRoot(), file)}`);
  } finally {
    await app.close();
    for (const server of servers.filter((c) => c.exitCode === null)) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
