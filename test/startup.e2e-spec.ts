import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  startAppProcess,
  stopAllAppProcesses,
  waitForOutput,
} from './support/app-process.js';

/** Processes whose command line mentions the data dir (embedded Postgres and Meilisearch). */
function processesUsing(dataDir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dataDir) && !line.includes('ps -eo'));
}

describe('npm start', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-start-'));
  });
  afterEach(async () => {
    // A failed assertion must not leave a server (and its Postgres/Meilisearch) running.
    await stopAllAppProcesses();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops at start-up with a message naming each bad variable', async () => {
    const run = startAppProcess({
      DATA_DIR: dataDir,
      PORT: 'eighty',
      ADMIN_API_KEY: 'too-short',
      CORS_ORIGINS: 'not a url',
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Invalid configuration');
    expect(run.output()).toMatch(/PORT:/);
    expect(run.output()).toMatch(/ADMIN_API_KEY: must be at least 32 characters/);
    expect(run.output()).toMatch(/CORS_ORIGINS:/);
    expect(run.output()).not.toMatch(/at .*\.js:\d+/); // a message, not a stack trace
  });

  it('runs the whole product from nothing, refuses a second instance, stops cleanly and keeps the data', async () => {
    const port = await freePort();
    const first = startAppProcess({ DATA_DIR: dataDir, PORT: String(port) });
    await waitForOutput(first, 'Ready.');
    expect(first.output()).toContain(`http://localhost:${port}/api/docs`);
    expect(first.output()).toContain(path.join(dataDir, 'admin-api-key'));
    expect(first.output()).toMatch(/Loaded the demo catalog: \d+ listings/);

    const keyFile = path.join(dataDir, 'admin-api-key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const adminKey = readFileSync(keyFile, 'utf8').trim();

    const base = `http://127.0.0.1:${port}`;
    const areas = (await (await fetch(`${base}/api/v1/areas`)).json()) as {
      items: { count: number; children: unknown[] }[];
    };
    expect(areas.items.reduce((n, a) => n + 1 + a.children.length, 0)).toBeGreaterThanOrEqual(8);
    expect(areas.items.reduce((n, a) => n + a.count, 0)).toBeGreaterThanOrEqual(30);
    const drafts = (await (
      await fetch(`${base}/api/v1/admin/technologies?status=draft`, {
        headers: { Authorization: `Bearer ${adminKey}` },
      })
    ).json()) as { total: number; items: { id: string }[] };
    expect(drafts.total).toBeGreaterThan(0);
    // The demo's event showcase is there, with its eight listings, on the home page too.
    const showcase = await fetch(`${base}/en/showcases/boston-seoul-bio-ai-night`);
    expect(showcase.status).toBe(200);
    expect((await showcase.text()).match(/class="card"/g)).toHaveLength(8);
    expect(await (await fetch(`${base}/en`)).text()).toContain('BOSTON-SEOUL BIO &amp; AI Night');

    // A second start on the same data dir fails clearly and leaves the first one serving.
    const second = startAppProcess({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another running instance/);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);

    // A change made now must survive the restart; the demo catalog must not be loaded twice.
    const archived = await fetch(
      `${base}/api/v1/admin/technologies/${drafts.items[0].id}/archive`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminKey}` },
      },
    );
    expect(archived.status).toBe(200);

    expect(processesUsing(dataDir).length).toBeGreaterThanOrEqual(2);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');
    expect(processesUsing(dataDir)).toEqual([]);

    const again = startAppProcess({ DATA_DIR: dataDir, PORT: String(port) });
    await waitForOutput(again, 'Ready.');
    expect(again.output()).not.toContain('Loaded the demo catalog');
    const after = (await (
      await fetch(`${base}/api/v1/admin/technologies/${drafts.items[0].id}`, {
        headers: { Authorization: `Bearer ${adminKey}` },
      })
    ).json()) as { status: string };
    expect(after.status).toBe('archived');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 240_000);

  it('restarts an embedded server that dies, repairs the index, and gives up after too many deaths', async () => {
    const ownDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-supervise-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const run = startAppProcess({
      DATA_DIR: ownDir,
      PORT: String(port),
      EMBEDDED_MAX_RESTARTS: '2', // the demo catalog brings the area tree
    });
    try {
      await waitForOutput(run, 'Ready.');
      const adminKey = readFileSync(path.join(ownDir, 'admin-api-key'), 'utf8').trim();
      const headers = { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' };
      const pidAfter = (text: string, from = 0) => {
        const match = new RegExp(`${text} .*?\\(pid (\\d+)`).exec(run.output().slice(from));
        if (!match) throw new Error(`no pid after "${text}" in:\n${run.output()}`);
        return Number(match[1]);
      };
      const publish = async (marker: string) => {
        const created = await fetch(`${base}/api/v1/admin/technologies`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            referenceCode: `SUP-${marker.toUpperCase()}`,
            titleEn: `Supervised ${marker} assay`,
            titleKo: `감독 ${marker} 분석`,
            summaryEn: 'A listing written while a server was being restarted.',
            summaryKo: '서버가 다시 시작되는 동안 작성된 기술입니다.',
            licenseTypes: ['exclusive'],
            areaCodes: ['diagnostics'],
            trl: 4,
            stage: 'prototype',
          }),
        });
        expect(created.status).toBe(201);
        const { id } = (await created.json()) as { id: string };
        const published = await fetch(`${base}/api/v1/admin/technologies/${id}/publish`, {
          method: 'POST',
          headers,
        });
        expect(published.status).toBe(200);
        return id;
      };
      const found = async (marker: string, timeoutMs = 30_000) => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const res = await fetch(`${base}/api/v1/technologies?q=${marker}`);
          if (res.status === 200 && ((await res.json()) as { total: number }).total === 1) return;
          if (Date.now() > deadline) throw new Error(`${marker} not searchable:\n${run.output()}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      };

      // Postgres killed: noticed, logged, restarted; the app serves from it again.
      process.kill(pidAfter('Postgres running on'), 'SIGKILL');
      await waitForOutput(run, 'Postgres exited unexpectedly (signal SIGKILL)');
      await waitForOutput(run, 'Postgres is running again');
      await publish('zorbex');
      await found('zorbex');

      // Meilisearch killed: a listing published meanwhile is queued, then indexed after.
      let mark = run.output().length;
      process.kill(pidAfter('Meilisearch running on'), 'SIGKILL');
      await waitForOutput(run, 'Meilisearch exited unexpectedly (signal SIGKILL)');
      const queued = await publish('quillfen');
      expect(queued).toBeTruthy();
      await waitForOutput(run, 'Meilisearch is running again');
      await found('quillfen');
      await found('zorbex');

      // Two restarts are allowed: the third death within ten minutes ends the process (exit 1).
      mark = run.output().length;
      process.kill(pidAfter('Meilisearch is running again', 0), 'SIGKILL');
      await waitForOutput(run, 'restart 2 of at most 2');
      const deadline = Date.now() + 30_000;
      while (
        !/Meilisearch is running again[^\n]*\n[\s\S]*Meilisearch is running again/.test(
          run.output(),
        )
      ) {
        if (Date.now() > deadline) throw new Error(`no second restart:\n${run.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      process.kill(pidAfter('Meilisearch is running again', mark), 'SIGKILL');
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain('Meilisearch exited 3 times within 10 minutes; giving up');
      expect(processesUsing(ownDir)).toEqual([]);
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
      await rm(ownDir, { recursive: true, force: true });
    }
  }, 240_000);

  // As root the embedded Postgres runs as "postgres", which cannot enter a mode-700 directory.
  (process.getuid?.() === 0 ? it : it.skip)(
    'stops with a clear message when the postgres user cannot reach DATA_DIR (as root)',
    async () => {
      const privateDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-private-')); // mode 700
      try {
        const run = startAppProcess({
          DATA_DIR: path.join(privateDir, 'data'),
          PORT: String(await freePort()),
        });
        expect(await run.exited).toBe(1);
        expect(run.output()).toContain(`other users may not enter ${privateDir} (mode 700)`);
        expect(run.output()).toContain('DATABASE_URL');
        expect(run.output()).not.toMatch(/EACCES|at .*\.js:\d+/); // a message, not a stack trace
      } finally {
        await rm(privateDir, { recursive: true, force: true });
      }
    },
  );

  it('uses DATABASE_URL and MEILI_URL when set, starting nothing embedded', async () => {
    const ownDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-external-'));
    const port = await freePort();
    const run = startAppProcess({
      DATA_DIR: ownDir,
      PORT: String(port),
      DATABASE_URL: process.env.TEST_DATABASE_URL!,
      MEILI_URL: process.env.TEST_MEILI_URL!,
      MEILI_MASTER_KEY: process.env.TEST_MEILI_KEY!,
    });
    try {
      await waitForOutput(run, 'Ready.');
      expect(run.output()).not.toContain('Postgres running');
      expect(run.output()).not.toContain('Meilisearch running');
      expect(run.output()).toContain('set ADMIN_API_KEY');
      const ready = (await (await fetch(`http://127.0.0.1:${port}/health/ready`)).json()) as {
        status: string;
      };
      expect(ready.status).toBe('ok');
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
      await rm(ownDir, { recursive: true, force: true });
    }
  });
});
