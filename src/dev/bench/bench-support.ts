import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../free-port.js';
import { projectRoot } from '../project-root.js';

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

/** A short warm-up, then the measured run. */
export async function measure(
  url: string,
  requests: autocannon.Request[],
  options: { connections: number; durationSeconds: number },
): Promise<LatencySummary> {
  await load(url, requests, { ...options, durationSeconds: Math.min(2, options.durationSeconds) })
    .done;
  return load(url, requests, options).done;
}

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
