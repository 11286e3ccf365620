import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/runtime/project-root.js';

export { freePort } from '../../src/runtime/free-port.js';

/** The app as a user runs it (`npm start`): the compiled main.js in its own process. */
export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

export function startAppProcess(env: Record<string, string>): AppProcess {
  return startNodeProcess('dist/src/main.js', [], env);
}

/** A compiled script of the project (a CLI command) in its own process, its output collected. */
export function startNodeProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
): AppProcess {
  let output = '';
  const child = spawn(process.execPath, [path.join(projectRoot(), script), ...args], {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

/** Stops every app process still running (call it in afterEach: a failed test must not leak one). */
export async function stopAllAppProcesses(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill(signal);
        }),
    ),
  );
}

export async function waitForOutput(
  started: AppProcess,
  text: string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null)
      throw new Error(`exited before "${text}":\n${started.output()}`);
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for "${text}":\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
