import 'reflect-metadata';
import type autocannon from 'autocannon';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource, In } from 'typeorm';
import type { Request } from 'express';
import { AnalyticsRecorder } from '../src/analytics/analytics-recorder.js';
import { prepareApp } from '../src/bootstrap.js';
import { AppConfig } from '../src/config/app-config.js';
import { createMeiliClient } from '../src/search/meili-client-factory.js';
import { SearchReindexer } from '../src/search/search-reindexer.js';
import { SearchRepository } from '../src/search/search.repository.js';
import { toTechnologyDocument } from '../src/search/technology-document.js';
import { TechnologyRepository } from '../src/technologies/technology.repository.js';
import { Technology } from '../src/technologies/technology.entity.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { generateCatalog } from '../src/demo/synthetic/catalog-generator.js';
import { demoTemplates } from '../src/demo/synthetic/demo-templates.js';
import { latencyPlot } from './bench-plot.js';
import {
  load,
  machineInfo,
  type Measured,
  measure,
  meterCpu,
  medianBy,
  round2,
  rssMiB,
  serverCpuGroups,
  type ServerProcess,
  startServer,
  stopServer,
} from './bench-support.js';
import { buildPostgresFts } from '../src/search/relevance/postgres-fts.js';
import { measurePublishLatency } from './publish-latency.js';
import { devQueries, importEndToEnd, queryMix, startBenchStack } from './bench-workload.js';

/**
 * `npm run bench [-- --sizes 1000,10000,100000 --duration 10 --load-seconds 300]`, or `--smoke`
 * for a small run of every part (CI). On fresh embedded servers, all on loopback, in one run:
 *  1. search at each catalog size: our endpoint (as shipped, and with its answer cache off) vs
 *     Meilisearch queried directly with the same parameters vs ranked Postgres full-text search;
 *  2. import of each size step end to end (file → Postgres → searchable) vs Meilisearch's raw
 *     document-add rate for the same documents;
 *  3. publish→searchable latency under a steady write rate, and search latency during a reindex;
 *  4. the app process's memory at rest, under load, and across a long load.
 * Prints tables, saves JSON under bench/results/ and (full runs) an SVG plot under docs/.
 */
const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'load-seconds': { type: 'string', default: '300' },
    'publish-samples': { type: 'string', default: '40' },
    // Pairs of (direct, ours with the cache off) per size, alternated; the median pair is reported.
    rounds: { type: 'string', default: '3' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    // Writes a V8 CPU profile of the cache-off app server to bench/profiles/ (open it in Chrome).
    profile: { type: 'boolean', default: false },
  },
});
const smoke = flags.smoke;
const sizes = (smoke ? '200,500' : flags.sizes).split(',').map(Number);
const duration = smoke ? 2 : Number(flags.duration);
const connections = Number(flags.connections);
const loadSeconds = smoke ? 12 : Number(flags['load-seconds']);
const publishSamples = smoke ? 5 : Number(flags['publish-samples']);
const rounds = smoke ? 1 : Number(flags.rounds);
if (
  !sizes.every((n) => Number.isInteger(n) && n > 0) ||
  sizes.some((n, i) => i > 0 && n <= sizes[i - 1]) ||
  ![duration, connections, loadSeconds, publishSamples, rounds].every(
    (n) => Number.isInteger(n) && n > 0,
  )
) {
  console.error(
    'usage: npm run bench -- [--sizes 1000,10000,100000 (ascending)] [--duration S] [--connections N] [--load-seconds S] [--publish-samples N] [--rounds N] [--smoke] [--out DIR]',
  );
  process.exit(2);
}
const outDir = path.resolve(flags.out ?? path.join(projectRoot(), 'bench', 'results'));
const log = (text: string) => process.stdout.write(text);

// The importer runs here, as in the app instance that took an import job; the outbox relay
// runs in the app server below (one relay for the whole run, as with one instance).
const bench = await startBenchStack('bench', false);
const { dataDir, stack, config, app, adminKey } = bench;
const servers: ServerProcess[] = [];
try {
  const db = app.get(DataSource);
  const catalog = generateCatalog({ count: sizes.at(-1)!, seed: 1, ...demoTemplates() });

  // The app serves from its own processes, as in production: the load generator must not share
  // their event loop. As shipped (answer cache on) and with the cache off, so the cost of every
  // request that reaches Meilisearch shows; the Postgres baseline behind a bare HTTP server.
  const ours = await startServer('dist/src/main.js', bench.serverEnv(), 'Ready.');
  servers.push(ours);
  const uncached = await startServer(
    'dist/src/main.js',
    bench.serverEnv({ SEARCH_CACHE_TTL_MS: '0', OUTBOX_RELAY: 'false' }),
    'Ready.',
    flags.profile
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(projectRoot(), 'bench', 'profiles')}`]
      : [],
  );
  servers.push(uncached);
  // The same endpoint with query understanding off (q sent as typed): what understanding costs.
  const plain = await startServer(
    'dist/src/main.js',
    bench.serverEnv({
      SEARCH_CACHE_TTL_MS: '0',
      OUTBOX_RELAY: 'false',
      SEARCH_UNDERSTANDING: 'false',
    }),
    'Ready.',
  );
  servers.push(plain);
  // Cache off and search analytics off: what recording each search costs.
  const quiet = await startServer(
    'dist/src/main.js',
    bench.serverEnv({
      SEARCH_CACHE_TTL_MS: '0',
      OUTBOX_RELAY: 'false',
      ANALYTICS_ENABLED: 'false',
    }),
    'Ready.',
  );
  servers.push(quiet);
  const fts = await startServer(
    'dist-tools/bench/fts-server.js',
    { DATABASE_URL: stack.databaseUrl! },
    'fts server ready',
  );
  servers.push(fts);
  const rssAtRest = rssMiB(ours.child.pid!);

  const queries = await devQueries();
  const requests = queryMix(queries, config.meili.index, stack.meiliMasterKey!);
  // Each search target: where it listens, what it is asked, and whose CPU counts for it.
  const targets = {
    direct: {
      label: 'Meilisearch direct',
      url: stack.meiliUrl!,
      requests: requests.direct,
      app: undefined,
    },
    ours: { label: 'ours', url: ours.url, requests: requests.ours, app: ours.child.pid },
    oursUncached: {
      label: 'ours, cache off',
      url: uncached.url,
      requests: requests.ours,
      app: uncached.child.pid,
    },
    oursPlain: {
      label: 'ours, cache and understanding off',
      url: plain.url,
      requests: requests.ours,
      app: plain.child.pid,
    },
    oursQuiet: {
      label: 'ours, cache and analytics off',
      url: quiet.url,
      requests: requests.ours,
      app: quiet.child.pid,
    },
    postgresFts: {
      label: 'Postgres FTS',
      url: fts.url,
      requests: requests.postgres,
      app: fts.child.pid,
    },
  };
  const search = (name: keyof typeof targets, connectionCount: number) => {
    const target = targets[name];
    log(`${target.label}… `);
    return measure(
      target.url,
      target.requests,
      { connections: connectionCount, durationSeconds: duration },
      serverCpuGroups(target.app ? { app: target.app } : {}),
    );
  };

  const steps: StepResult[] = [];
  let loaded = 0;
  for (const size of sizes) {
    log(`\n== ${size} listings ==\n`);
    const slice = catalog.slice(loaded, size);
    const file = path.join(dataDir, `import-${size}.json`);
    await writeFile(file, JSON.stringify({ technologies: slice }));
    log(`Importing ${slice.length} listings (file → Postgres → searchable)… `);
    // CPU per process: where the import's time goes on a machine all of them share.
    const importCpu = meterCpu(serverCpuGroups({ relay: ours.child.pid }));
    const importResult = { ...(await importEndToEnd(app, file, size)), cpuSeconds: importCpu() };
    log(
      `${importResult.seconds.toFixed(1)} s, ${importResult.rowsPerSecond} rows/s (Postgres part ${importResult.postgresSeconds.toFixed(1)} s)\n`,
    );
    log(`Meilisearch raw document adds for the same ${slice.length} documents… `);
    const rawMeili = await rawMeiliAdds(
      app,
      slice.map((l) => l.referenceCode),
    );
    log(
      `${rawMeili.seconds.toFixed(1)} s, ${rawMeili.rowsPerSecond} docs/s (Meilisearch CPU ${rawMeili.meilisearchCpuSeconds} s)\n`,
    );
    loaded = size;
    await buildPostgresFts(db);

    log('Searching: ');
    let rssUnderLoad = 0;
    const sampler = setInterval(
      () => (rssUnderLoad = Math.max(rssUnderLoad, rssMiB(ours.child.pid!))),
      500,
    );
    const shipped = await search('ours', connections);
    clearInterval(sampler);
    const postgres = await search('postgresFts', connections);
    log('one connection: ');
    const postgresLight = await search('postgresFts', 1);
    // Direct and cache off, alternated in pairs: their run-to-run spread on this shared machine
    // (±8%) is as wide as the margin to the targets, so one pair alone decides little.
    const pairs = [];
    for (let round = 0; round < rounds; round++) {
      log(`round ${round + 1}: `);
      // The three app servers go in a rotated order each round, so none always runs first.
      const apps = rotate(['oursUncached', 'oursPlain', 'oursQuiet'] as const, round);
      const direct = await search('direct', connections);
      const saturated = {} as Record<(typeof apps)[number], Measured>;
      for (const name of apps) saturated[name] = await search(name, connections);
      // One connection: each request's own latency, with no queue in front of it. With
      // `connections` the two cores are saturated, and p50 is mostly time spent waiting in line.
      log('one connection: ');
      const directLight = await search('direct', 1);
      const light = {} as Record<(typeof apps)[number], Measured>;
      for (const name of apps) light[name] = await search(name, 1);
      const { oursUncached, oursPlain, oursQuiet } = saturated;
      const {
        oursUncached: oursUncachedLight,
        oursPlain: oursPlainLight,
        oursQuiet: oursQuietLight,
      } = light;
      pairs.push({
        direct,
        oursUncached,
        oursPlain,
        oursQuiet,
        directLight,
        oursUncachedLight,
        oursPlainLight,
        oursQuietLight,
      });
    }
    log('done.\n');
    const { direct, oursUncached } = medianBy(pairs, (p) => p.oursUncached.rps / p.direct.rps);
    const { directLight, oursUncachedLight } = medianBy(
      pairs,
      (p) => p.oursUncachedLight.p50 / p.directLight.p50,
    );
    const understanding = medianBy(pairs, (p) => p.oursUncached.p50 / p.oursPlain.p50);
    const understandingLight = medianBy(
      pairs,
      (p) => p.oursUncachedLight.p50 / p.oursPlainLight.p50,
    );
    const analytics = medianBy(pairs, (p) => p.oursUncached.p50 / p.oursQuiet.p50);
    const analyticsLight = medianBy(pairs, (p) => p.oursUncachedLight.p50 / p.oursQuietLight.p50);
    // App CPU per search over Meilisearch's, from the one-connection runs (least contention).
    const cpu = oursUncachedLight.cpuMsPerRequest;
    steps.push({
      size,
      import: importResult,
      rawMeili,
      importVsRaw: round2(importResult.rowsPerSecond / rawMeili.rowsPerSecond),
      search: {
        direct,
        ours: shipped,
        oursUncached,
        oursPlain: understanding.oursPlain,
        oursQuiet: analytics.oursQuiet,
        postgresFts: postgres,
      },
      searchOneConnection: {
        direct: directLight,
        oursUncached: oursUncachedLight,
        oursPlain: understandingLight.oursPlainLight,
        oursQuiet: analyticsLight.oursQuietLight,
        postgresFts: postgresLight,
      },
      ratios: {
        oursP50VsDirect: round2(shipped.p50 / direct.p50),
        oursUncachedP50VsDirect: round2(oursUncached.p50 / direct.p50),
        oursUncachedThroughputVsDirect: round2(oursUncached.rps / direct.rps),
        postgresP50VsOursUncached: round2(postgres.p50 / oursUncached.p50),
        postgresP95VsOursUncached: round2(postgres.p95 / oursUncached.p95),
        oursUncachedThroughputVsPostgres: round2(oursUncached.rps / postgres.rps),
        understandingP50VsOff: round2(understanding.oursUncached.p50 / understanding.oursPlain.p50),
        analyticsP50VsOff: round2(analytics.oursUncached.p50 / analytics.oursQuiet.p50),
        analyticsCpuVsOff: round2(
          (analyticsLight.oursUncachedLight.cpuMsPerRequest.app ?? 0) /
            (analyticsLight.oursQuietLight.cpuMsPerRequest.app ?? 1),
        ),
        appCpuVsMeilisearchCpu: round2((cpu.app ?? 0) / (cpu.meilisearch ?? 1)),
        oneConnection: {
          oursUncachedP50VsDirect: round2(oursUncachedLight.p50 / directLight.p50),
          postgresP50VsOursUncached: round2(postgresLight.p50 / oursUncachedLight.p50),
          understandingP50VsOff: round2(
            understandingLight.oursUncachedLight.p50 / understandingLight.oursPlainLight.p50,
          ),
          analyticsP50VsOff: round2(
            analyticsLight.oursUncachedLight.p50 / analyticsLight.oursQuietLight.p50,
          ),
        },
      },
      rssUnderLoadMiB: rssUnderLoad,
      rounds: pairs.map((p) => ({
        oursUncachedP50VsDirect: round2(p.oursUncached.p50 / p.direct.p50),
        oursUncachedThroughputVsDirect: round2(p.oursUncached.rps / p.direct.rps),
        oneConnectionP50VsDirect: round2(p.oursUncachedLight.p50 / p.directLight.p50),
        understandingP50VsOff: round2(p.oursUncached.p50 / p.oursPlain.p50),
        oneConnectionUnderstandingP50VsOff: round2(p.oursUncachedLight.p50 / p.oursPlainLight.p50),
        analyticsP50VsOff: round2(p.oursUncached.p50 / p.oursQuiet.p50),
        oneConnectionAnalyticsP50VsOff: round2(p.oursUncachedLight.p50 / p.oursQuietLight.p50),
      })),
    });
    printStep(steps.at(-1)!);
  }

  log(`\nPublish→searchable at 4/s over ${publishSamples} listings… `);
  const publishLatency = await measurePublishLatency(ours.url, adminKey, publishSamples, 4);
  log(`p50 ${publishLatency.p50} ms, p95 ${publishLatency.p95} ms\n`);

  log('Search while a reindex runs (cache off)… ');
  const during = load(uncached.url, requests.ours, { connections, durationSeconds: 3600 });
  const reindex = await app.get(SearchReindexer).reindex();
  during.stop();
  const duringReindex = await during.done;
  log(
    `reindex ${(reindex.durationMs / 1000).toFixed(1)} s; p50 ${duringReindex.p50} ms, p95 ${duringReindex.p95} ms, p99 ${duringReindex.p99} ms, ${duringReindex.errors} errors\n`,
  );

  log('Search analytics, recorded in this process with nothing else running… ');
  const analytics = await measureAnalyticsCost(app, 20_000);
  log(
    `${analytics.appMicrosPerEvent} µs of app CPU and ${analytics.postgresMicrosPerEvent} µs of Postgres CPU per recorded search (${analytics.written} of ${analytics.events} written)\n`,
  );

  log(`Memory across a ${loadSeconds} s load of varied queries… `);
  const memory = await memoryUnderLoad(ours, requests.varied, connections, loadSeconds);
  log(
    `RSS ${memory.afterWarmUpMiB} MiB after warm-up, ${memory.lastPhaseMiB} MiB at the end (${memory.growthPercent}%)\n`,
  );

  const results = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    smoke,
    settings: { sizes, durationSeconds: duration, connections, queries: queries.length },
    steps,
    publishLatency,
    analytics,
    duringReindex: { reindexSeconds: round2(reindex.durationMs / 1000), search: duringReindex },
    memory: { atRestMiB: rssAtRest, ...memory },
  };
  await mkdir(outDir, { recursive: true });
  const name = smoke ? 'smoke.json' : `bench-${sizes.join('-')}.json`;
  await writeFile(path.join(outDir, name), JSON.stringify(results, null, 2) + '\n');
  log(`\nSaved ${path.relative(projectRoot(), path.join(outDir, name))}\n`);
  if (!smoke) {
    // The plot the README shows is only replaced by a run that writes the committed results.
    const svg = flags.out
      ? path.join(outDir, 'bench-search-latency.svg')
      : path.join(projectRoot(), 'docs', 'bench-search-latency.svg');
    await writeFile(svg, latencyPlot(steps));
    log(`Plot: ${path.relative(projectRoot(), svg)}\n`);
  }
  printSummary(steps, publishLatency, memory);
} finally {
  for (const server of servers) await stopServer(server);
  await bench.close();
}

interface StepResult {
  size: number;
  import: Awaited<ReturnType<typeof importEndToEnd>> & { cpuSeconds: Record<string, number> };
  rawMeili: Awaited<ReturnType<typeof rawMeiliAdds>>;
  importVsRaw: number;
  search: Record<
    'direct' | 'ours' | 'oursUncached' | 'oursPlain' | 'oursQuiet' | 'postgresFts',
    Measured
  >;
  searchOneConnection: Record<
    'direct' | 'oursUncached' | 'oursPlain' | 'oursQuiet' | 'postgresFts',
    Measured
  >;
  ratios: {
    oursP50VsDirect: number;
    oursUncachedP50VsDirect: number;
    oursUncachedThroughputVsDirect: number;
    postgresP50VsOursUncached: number;
    postgresP95VsOursUncached: number;
    oursUncachedThroughputVsPostgres: number;
    /** Cache off, with query understanding vs without (SEARCH_UNDERSTANDING=false). */
    understandingP50VsOff: number;
    /** Cache off, recording search analytics vs not (ANALYTICS_ENABLED=false). */
    analyticsP50VsOff: number;
    /** The app's CPU per search, analytics on over off (one connection). */
    analyticsCpuVsOff: number;
    /** The app's CPU per search over Meilisearch's (one connection, cache off). */
    appCpuVsMeilisearchCpu: number;
    oneConnection: {
      oursUncachedP50VsDirect: number;
      postgresP50VsOursUncached: number;
      understandingP50VsOff: number;
      analyticsP50VsOff: number;
    };
  };
  rssUnderLoadMiB: number;
  /**
   * Every (direct, cache off) round. The fields above hold the median round: by throughput ratio
   * for the saturated runs, by p50 ratio for the one-connection runs.
   */
  rounds: {
    oursUncachedP50VsDirect: number;
    oursUncachedThroughputVsDirect: number;
    oneConnectionP50VsDirect: number;
    understandingP50VsOff: number;
    oneConnectionUnderstandingP50VsOff: number;
    analyticsP50VsOff: number;
    oneConnectionAnalyticsP50VsOff: number;
  }[];
}

/**
 * Meilisearch at its best for the same documents: built from Postgres beforehand (not timed),
 * sent to an index with the same settings that already holds the earlier steps' documents, all
 * batches enqueued at once (Meilisearch merges them), timed until every task has succeeded.
 */
async function rawMeiliAdds(app: Awaited<ReturnType<typeof prepareApp>>, codes: string[]) {
  const repo = app.get(SearchRepository);
  const name = `${repo.indexName}_bench_raw`;
  if (!(await repo.indexExists(name))) await repo.ensureIndex(name);
  const documents = [];
  for (let i = 0; i < codes.length; i += 1000) {
    const ids = await app
      .get(DataSource)
      .getRepository(Technology)
      .find({ select: { id: true }, where: { referenceCode: In(codes.slice(i, i + 1000)) } });
    const batch = await app.get(TechnologyRepository).loadPublished(ids.map((t) => t.id));
    documents.push(...batch.map(toTechnologyDocument));
  }
  const client = createMeiliClient(app.get(AppConfig).meili);
  const index = client.index(name);
  const cpu = meterCpu(serverCpuGroups({}));
  const started = performance.now();
  const tasks = [];
  for (let i = 0; i < documents.length; i += 1000)
    tasks.push(await index.addDocuments(documents.slice(i, i + 1000), { primaryKey: 'id' }));
  for (const task of tasks) {
    // A coarse interval: the client leaves one abort listener per poll until the wait ends.
    const done = await client.tasks.waitForTask(task.taskUid, {
      timeout: 30 * 60_000,
      interval: 200,
    });
    if (done.status !== 'succeeded') throw new Error(`raw add task ${done.uid} ${done.status}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    meilisearchCpuSeconds: cpu().meilisearch,
    documents: documents.length,
    seconds: round2(seconds),
    rowsPerSecond: Math.round(documents.length / seconds),
  };
}

/**
 * RSS sampled every second of a long load. The first fifth is warm-up (the heap and the answer
 * cache grow to their working size); growth is the median of the last fifth against the second.
 */
async function memoryUnderLoad(
  server: ServerProcess,
  requests: autocannon.Request[],
  connections: number,
  seconds: number,
) {
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(server.child.pid!)), 1000);
  const result = await load(server.url, requests, { connections, durationSeconds: seconds }).done;
  clearInterval(sampler);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const afterWarmUpMiB = median(samples.slice(fifth, 2 * fifth));
  const lastPhaseMiB = median(samples.slice(-fifth));
  return {
    loadSeconds: seconds,
    search: result,
    afterWarmUpMiB,
    lastPhaseMiB,
    maxMiB: Math.max(...samples),
    growthPercent: round2(((lastPhaseMiB - afterWarmUpMiB) / afterWarmUpMiB) * 100),
    /** One sample every 10 s, for a look at the curve. */
    samplesMiB: samples.filter((_, i) => i % 10 === 0),
  };
}

/**
 * What recording one public search costs, without the noise of a shared machine: the recorder's
 * own path (visit id, buffer, one batched insert per 200) for `events` searches, as CPU of this
 * process and of Postgres. Compare with the app's CPU per search in the tables above.
 */
async function measureAnalyticsCost(app: Awaited<ReturnType<typeof prepareApp>>, events: number) {
  const recorder = app.get(AnalyticsRecorder);
  const db = app.get(DataSource);
  const count = async () =>
    // Only this measurement's rows: the app servers record their own searches meanwhile.
    (
      await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM search_event WHERE query LIKE 'bench query %'`,
      )
    )[0].n;
  await recorder.flush();
  const before = await count();
  const req = { ip: '203.0.113.7', headers: { 'user-agent': 'bench/1.0' } } as unknown as Request;
  const cpu = meterCpu(serverCpuGroups({}));
  for (let i = 0; i < events; i++) {
    recorder.record(req, {
      kind: 'search',
      channel: 'api',
      lang: 'en',
      query: `bench query ${i % 40}`,
      filters: { area: ['diagnostics'] },
      resultCount: 12,
      page: 1,
      technologyId: null,
      position: null,
    });
    // As requests arrive: a batch at a time, with the inserts going on meanwhile.
    if (i % 200 === 199) await new Promise((r) => setTimeout(r, 1));
  }
  await new Promise((r) => setTimeout(r, 50));
  await recorder.flush();
  const used = cpu();
  return {
    events,
    written: (await count()) - before,
    appMicrosPerEvent: round2(((used.bench ?? 0) * 1e6) / events),
    postgresMicrosPerEvent: round2(((used.postgres ?? 0) * 1e6) / events),
  };
}

/** `items` starting at position `by` (mod its length). */
function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

function printStep(step: StepResult) {
  const rows = [
    ['Meilisearch direct', step.search.direct],
    ['our endpoint (shipped)', step.search.ours],
    ['our endpoint, cache off', step.search.oursUncached],
    ['our endpoint, cache and understanding off', step.search.oursPlain],
    ['our endpoint, cache and analytics off', step.search.oursQuiet],
    ['Postgres FTS (ts_rank + trigram)', step.search.postgresFts],
  ] as const;
  const cpu = (c: Record<string, number>) =>
    ['meilisearch', 'app', 'postgres', 'bench'].map((k) => c[k] ?? '–').join(' / ');
  console.log(
    `\n| ${step.size} listings | p50 ms | p95 ms | p99 ms | req/s | errors | CPU ms per request: Meilisearch / app / Postgres / load generator |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of rows)
    console.log(
      `| ${name} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.rps} | ${s.errors} | ${cpu(s.cpuMsPerRequest)} |`,
    );
  const light = step.searchOneConnection;
  console.log(
    `one connection, p50 / p95 ms: direct ${light.direct.p50} / ${light.direct.p95}, ours cache off ${light.oursUncached.p50} / ${light.oursUncached.p95}, understanding off too ${light.oursPlain.p50} / ${light.oursPlain.p95}, Postgres FTS ${light.postgresFts.p50} / ${light.postgresFts.p95}`,
  );
  const each = (pick: (r: StepResult['rounds'][number]) => number) =>
    step.rounds.map(pick).join(', ');
  console.log(
    `cache off / direct in each of ${step.rounds.length} rounds: p50 ${each((r) => r.oursUncachedP50VsDirect)}; throughput ${each((r) => r.oursUncachedThroughputVsDirect)}; one-connection p50 ${each((r) => r.oneConnectionP50VsDirect)}`,
  );
  console.log(
    `understanding on / off, p50: ${each((r) => r.understandingP50VsOff)}; one connection ${each((r) => r.oneConnectionUnderstandingP50VsOff)}`,
  );
  console.log(
    `analytics on / off, p50: ${each((r) => r.analyticsP50VsOff)}; one connection ${each((r) => r.oneConnectionAnalyticsP50VsOff)}; app CPU per search ${step.ratios.analyticsCpuVsOff}×`,
  );
  const c = step.import.cpuSeconds;
  console.log(
    `import ${step.import.rowsPerSecond} rows/s vs raw Meilisearch ${step.rawMeili.rowsPerSecond} docs/s = ${step.importVsRaw}×; CPU s: Meilisearch ${c.meilisearch} (raw ${step.rawMeili.meilisearchCpuSeconds}), importer ${c.bench}, Postgres ${c.postgres}, relay ${c.relay}`,
  );
}

function printSummary(
  steps: StepResult[],
  publish: { p50: number; p95: number },
  memory: { growthPercent: number },
) {
  const last = steps.at(-1)!;
  console.log('\nTargets (largest size):');
  const line = (what: string, value: number, target: string, ok: boolean) =>
    console.log(`  ${ok ? 'met    ' : 'NOT met'}  ${what}: ${value} (target ${target})`);
  line(
    'search p50, ours (shipped) / direct',
    last.ratios.oursP50VsDirect,
    '≤ 1.3×',
    last.ratios.oursP50VsDirect <= 1.3,
  );
  line(
    'search p50, ours (cache off) / direct',
    last.ratios.oursUncachedP50VsDirect,
    '≤ 1.3×',
    last.ratios.oursUncachedP50VsDirect <= 1.3,
  );
  line(
    'search throughput, ours (cache off) / direct',
    last.ratios.oursUncachedThroughputVsDirect,
    '≥ 0.8×',
    last.ratios.oursUncachedThroughputVsDirect >= 0.8,
  );
  line(
    'search p50 on one connection, ours (cache off) / direct',
    last.ratios.oneConnection.oursUncachedP50VsDirect,
    '≤ 1.3×',
    last.ratios.oneConnection.oursUncachedP50VsDirect <= 1.3,
  );
  line(
    'Postgres FTS p50 / ours (cache off)',
    last.ratios.postgresP50VsOursUncached,
    '≥ 10×',
    last.ratios.postgresP50VsOursUncached >= 10,
  );
  line(
    'Postgres FTS p50 / ours (cache off), one connection',
    last.ratios.oneConnection.postgresP50VsOursUncached,
    '≥ 10×',
    last.ratios.oneConnection.postgresP50VsOursUncached >= 10,
  );
  line(
    'search p50, understanding on / off (cache off)',
    last.ratios.understandingP50VsOff,
    '≤ 1.5×',
    last.ratios.understandingP50VsOff <= 1.5,
  );
  line(
    'search p50 on one connection, understanding on / off',
    last.ratios.oneConnection.understandingP50VsOff,
    '≤ 1.5×',
    last.ratios.oneConnection.understandingP50VsOff <= 1.5,
  );
  line(
    'search p50, analytics on / off (cache off)',
    last.ratios.analyticsP50VsOff,
    '≤ 1.05×',
    last.ratios.analyticsP50VsOff <= 1.05,
  );
  line(
    'search p50 on one connection, analytics on / off',
    last.ratios.oneConnection.analyticsP50VsOff,
    '≤ 1.05×',
    last.ratios.oneConnection.analyticsP50VsOff <= 1.05,
  );
  line(
    'app CPU / Meilisearch CPU per search',
    last.ratios.appCpuVsMeilisearchCpu,
    '≤ 0.25',
    last.ratios.appCpuVsMeilisearchCpu <= 0.25,
  );
  line(
    'Postgres FTS p95 / ours (cache off)',
    last.ratios.postgresP95VsOursUncached,
    'report',
    true,
  );
  line(
    'ours (cache off) throughput / Postgres FTS',
    last.ratios.oursUncachedThroughputVsPostgres,
    'report',
    true,
  );
  line('import / raw Meilisearch rate', last.importVsRaw, '≥ 0.8×', last.importVsRaw >= 0.8);
  line('publish→searchable p95 ms', publish.p95, '≤ 1000', publish.p95 <= 1000);
  line('RSS growth across the load, %', memory.growthPercent, '≤ 10', memory.growthPercent <= 10);
}
