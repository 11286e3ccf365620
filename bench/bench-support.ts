import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/runtime/free-port.js';
import { projectRoot } from '../src/runtime/project-root.js';

/** What every result file records about where it was measured. */
export function machineInfo() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The element whose key is the median (the lower middle one for an even count). */
export function medianBy<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface LatencySummary {
  requests: number;
  errors: number;
  /** Milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second. */
  rps: number;
}

export function summarize(latencies: number[], seconds: number, errors: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    rps: Math.round(sorted.length / Math.max(seconds, 0.001)),
  };
}

/** A measured run: its latencies and the CPU each process group spent per request (ms). */
export type Measured = LatencySummary & { cpuMsPerRequest: Record<string, number> };

export interface LoadRun {
  /** Ends the run early (for a load that lasts as long as something else does). */
  stop(): void;
  done: Promise<LatencySummary>;
}

/**
 * autocannon on loopback, every response time recorded (autocannon's own summary has no p95).
 * A 2xx answer counts; anything else, and connection errors, are errors.
 */
export function load(
  url: string,
  requests: autocannon.Request[],
  options: { connections: number; durationSeconds: number },
): LoadRun {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  let instance: autocannon.Instance | undefined;
  const done = new Promise<LatencySummary>((resolve, reject) => {
    instance = autocannon(
      { url, requests, connections: options.connections, duration: options.durationSeconds },
      (error) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(summarize(latencies, (performance.now() - started) / 1000, errors));
      },
    );
    instance.on('response', (_client, status: number, _bytes, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else errors++;
    });
    instance.on('reqError', () => errors++);
  });
  return { stop: () => instance?.stop(), done };
}

/** A short warm-up, then the measured run, with the CPU each process group spent per request. */
export async function measure(
  url: string,
  requests: autocannon.Request[],
  options: { connections: number; durationSeconds: number },
  cpuGroups: CpuGroups,
): Promise<Measured> {
  await load(url, requests, { ...options, durationSeconds: Math.min(2, options.durationSeconds) })
    .done;
  const cpu = meterCpu(cpuGroups);
  const summary = await load(url, requests, options).done;
  const seconds = cpu();
  const perRequest = (s: number) =>
    Math.round((s * 1000 * 100) / Math.max(1, summary.requests)) / 100;
  return {
    ...summary,
    cpuMsPerRequest: Object.fromEntries(
      Object.entries(seconds).map(([k, s]) => [k, perRequest(s)]),
    ),
  };
}

/** Which processes make up each group: by pid and argv (Linux /proc). */
export type CpuGroups = Record<string, (pid: number, argv: string[]) => boolean>;

/** The benchmark's servers as CPU groups: Meilisearch, every Postgres process, given app pids. */
export function serverCpuGroups(apps: Record<string, number | undefined>): CpuGroups {
  return {
    meilisearch: (_pid, argv) => path.basename(argv[0] ?? '') === 'meilisearch',
    // The postmaster (…/bin/postgres) and its backends ("postgres: user db …").
    postgres: (_pid, argv) =>
      path.basename(argv[0] ?? '') === 'postgres' || (argv[0] ?? '').startsWith('postgres:'),
    ...Object.fromEntries(
      Object.entries(apps).map(([name, appPid]) => [name, (pid: number) => pid === appPid]),
    ),
  };
}

/**
 * Starts counting CPU time (user + system) of each group and of this process ("bench": the load
 * generator, and the importer in the import step); the returned function gives seconds so far.
 * A process that exits meanwhile (a Postgres backend) takes its time with it: groups are
 * undercounted then, never negative.
 */
export function meterCpu(groups: CpuGroups): () => Record<string, number> {
  /** Seconds so far per pid, with the group each pid belongs to. */
  const read = () => {
    const seconds = new Map<number, { group: string; seconds: number }>();
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        const group = Object.keys(groups).find((k) => groups[k](pid, argv));
        if (!group) continue;
        // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        seconds.set(pid, {
          group,
          seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
        });
      } catch {
        // the process ended between listing and reading
      }
    }
    return seconds;
  };
  const before = read();
  const self = process.cpuUsage();
  return () => {
    const totals: Record<string, number> = Object.fromEntries(
      Object.keys(groups).map((k) => [k, 0]),
    );
    for (const [pid, now] of read())
      totals[now.group] += now.seconds - (before.get(pid)?.seconds ?? 0);
    const mine = process.cpuUsage(self);
    return {
      ...Object.fromEntries(Object.entries(totals).map(([k, s]) => [k, Math.round(s * 100) / 100])),
      bench: Math.round((mine.user + mine.system) / 1e4) / 100,
    };
  };
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times (100 on every common build). */
const CLOCK_TICKS = 100;

/** Resident memory of a process, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** A compiled script of this project as a server in its own process, once it says `ready`. */
export async function startServer(
  script: string,
  env: Record<string, string>,
  ready: string,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, path.join(projectRoot(), script)], {
    env: { PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) during start-up`)));
  });
  child.stdout.resume();
  return { url: `http://127.0.0.1:${port}`, child };
}

export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}
