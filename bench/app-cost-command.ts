import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../src/runtime/free-port.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { generateCatalog } from '../src/demo/synthetic/catalog-generator.js';
import { demoTemplates } from '../src/demo/synthetic/demo-templates.js';
import {
  machineInfo,
  type Measured,
  measure,
  medianBy,
  round2,
  serverCpuGroups,
  type ServerProcess,
  startServer,
  stopServer,
} from './bench-support.js';
import { devQueries, importEndToEnd, queryMix, startBenchStack } from './bench-workload.js';

/**
 * `npm run bench:app-cost [-- --size 10000 --duration 10]`, or `--smoke`: the CPU our search
 * endpoint itself spends per request with its answer cache off, apart from Meilisearch.
 *
 * In `npm run bench` the app shares two cores with Meilisearch, and its CPU per request there
 * moves with how hard Meilisearch presses on them (1.5 to 2.0 ms between runs at 10k). Here
 * Meilisearch's answers to the dev query mix are recorded once and then replayed by a bare
 * `node:http` server, so the app is measured alone. It still varies between server processes
 * (about ±10%), so each round starts a fresh one and the median is reported. A diagnostic for work
 * on the app's own cost (compare before and after on one machine), not a baseline: the product is
 * always compared with the real Meilisearch.
 */
const { values: flags } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const size = flags.smoke ? 200 : Number(flags.size);
const duration = flags.smoke ? 2 : Number(flags.duration);
const connections = Number(flags.connections);
const rounds = flags.smoke ? 1 : Number(flags.rounds);
if (![size, duration, connections, rounds].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    'usage: npm run bench:app-cost -- [--size 10000] [--duration S] [--connections N] [--rounds N] [--smoke] [--out DIR]',
  );
  process.exit(2);
}
const outDir = path.resolve(flags.out ?? path.join(projectRoot(), 'bench', 'results'));
const log = (text: string) => process.stdout.write(text);

// The relay runs here, to index the catalog; the measured server runs none.
const bench = await startBenchStack('app-cost', true);
const { dataDir, stack, config, app } = bench;
let server: ServerProcess | undefined;
let replay: Replay | undefined;
try {
  const file = path.join(dataDir, 'catalog.json');
  const catalog = generateCatalog({ count: size, seed: 1, ...demoTemplates() });
  await writeFile(file, JSON.stringify({ technologies: catalog }));
  log(`Importing ${size} listings… `);
  const imported = await importEndToEnd(app, file, size);
  log(`${imported.seconds} s\n`);

  replay = await replayingProxy(stack.meiliUrl!);
  const { ours } = queryMix(await devQueries(), config.meili.index, stack.meiliMasterKey!);
  const measured: Record<number, Measured[]> = { [connections]: [], 1: [] };
  let forwardedWhileMeasuring = 0;
  for (let round = 1; round <= rounds; round++) {
    // A fresh server each round: the spread is mostly between processes, not within one.
    log(`round ${round}: `);
    // As in `npm run bench` (cache off), with Meilisearch behind the replay.
    const env = bench.serverEnv({
      MEILI_URL: replay.url,
      SEARCH_CACHE_TTL_MS: '0',
      OUTBOX_RELAY: 'false',
    });
    server = await startServer('dist/src/main.js', env, 'Ready.');
    for (const request of ours) {
      const response = await fetch(server.url + request.path);
      if (!response.ok) throw new Error(`${request.path} answered ${response.status}`);
      if (round === 1) replay.ourAnswerBytes.push((await response.arrayBuffer()).byteLength);
      else await response.arrayBuffer();
    }
    // Every answer is recorded now; a search that still reaches Meilisearch would spoil the run.
    const forwardedBefore = replay.forwardedSearches;
    const groups = serverCpuGroups({ app: server.child.pid });
    for (const c of [connections, 1]) {
      log(`${c} connection${c > 1 ? 's' : ''}… `);
      measured[c].push(
        await measure(server.url, ours, { connections: c, durationSeconds: duration }, groups),
      );
    }
    forwardedWhileMeasuring += replay.forwardedSearches - forwardedBefore;
    await stopServer(server);
    server = undefined;
  }
  log('done.\n');
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  const appCpu = (m: Measured) => m.cpuMsPerRequest.app;
  const runs = [connections, 1].map((c) => ({
    connections: c,
    median: medianBy(measured[c], appCpu),
    appCpuMsPerRequestEachRound: measured[c].map(appCpu),
  }));
  const results = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    smoke: flags.smoke,
    settings: { size, durationSeconds: duration, rounds, queries: ours.length },
    meiliAnswerBytes: mean(replay.meiliAnswerBytes),
    ourAnswerBytes: mean(replay.ourAnswerBytes),
    runs,
  };
  console.log(
    `\n| connections | app CPU ms per request (median of ${rounds}) | each round | p50 ms | p95 ms | req/s |`,
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of runs)
    console.log(
      `| ${r.connections} | ${appCpu(r.median)} | ${r.appCpuMsPerRequestEachRound.join(', ')} | ${r.median.p50} | ${r.median.p95} | ${r.median.rps} |`,
    );
  console.log(
    `answers: Meilisearch ${round2(results.meiliAnswerBytes / 1024)} KiB, ours ${round2(results.ourAnswerBytes / 1024)} KiB on average`,
  );
  if (
    forwardedWhileMeasuring > 0 ||
    Object.values(measured)
      .flat()
      .some((m) => m.errors > 0)
  )
    throw new Error('the replay missed searches or requests failed: the numbers are not the app');
  await mkdir(outDir, { recursive: true });
  const name = flags.smoke ? 'app-cost-smoke.json' : `app-cost-${size}.json`;
  await writeFile(path.join(outDir, name), JSON.stringify(results, null, 2) + '\n');
  log(`Saved ${path.relative(projectRoot(), path.join(outDir, name))}\n`);
} finally {
  if (server) await stopServer(server);
  await replay?.close();
  await bench.close();
}

interface Replay {
  url: string;
  meiliAnswerBytes: number[];
  ourAnswerBytes: number[];
  forwardedSearches: number;
  close(): Promise<void>;
}

/**
 * Meilisearch behind a recorder: every request is forwarded, except a search whose exact body
 * was answered before, which gets the recorded answer at once.
 */
async function replayingProxy(meiliUrl: string): Promise<Replay> {
  const recorded = new Map<string, Buffer>();
  const port = await freePort();
  const replay: Replay = {
    url: `http://127.0.0.1:${port}`,
    meiliAnswerBytes: [],
    ourAnswerBytes: [],
    forwardedSearches: 0,
    close: () => new Promise((resolve) => httpServer.close(() => resolve())),
  };
  const forward = async (req: http.IncomingMessage, body: Buffer) => {
    const response = await fetch(meiliUrl + req.url, {
      method: req.method,
      headers: {
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {}),
        'accept-encoding': 'identity',
      },
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
    });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  };
  const httpServer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isSearch = req.method === 'POST' && /\/indexes\/[^/]+\/search$/.test(req.url ?? '');
      const key = `${req.url} ${body.toString()}`;
      const hit = isSearch ? recorded.get(key) : undefined;
      const answer = hit
        ? Promise.resolve({ status: 200, body: hit })
        : forward(req, body).then((fresh) => {
            if (isSearch) replay.forwardedSearches++;
            if (isSearch && fresh.status === 200) {
              recorded.set(key, fresh.body);
              replay.meiliAnswerBytes.push(fresh.body.length);
            }
            return fresh;
          });
      answer
        .then(({ status, body: out }) => {
          res.writeHead(status, { 'content-type': 'application/json' }).end(out);
        })
        .catch((error: Error) => {
          res.writeHead(502, { 'content-type': 'text/plain' }).end(error.message);
        });
    });
  });
  httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  return replay;
}
