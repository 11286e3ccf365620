import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStack } from '../src/runtime/embedded-stack.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { SearchRepository } from '../src/search/search.repository.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';

const QUERY_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 1000;

/** The postmaster and every process it forked (backends, checkpointer, …). */
function postgresProcesses(postmaster: number): number[] {
  const parentOf = (pid: number) => {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return -1;
    }
  };
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  return [postmaster, ...all.filter((pid) => parentOf(pid) === postmaster)];
}

interface Answer {
  kind: 'read' | 'page' | 'write';
  status: number;
  ms: number;
  retryAfter: string | null;
  contentType: string;
}

describe('database faults: Postgres stalls (SIGSTOP) under reads and writes', () => {
  let dataDir: string;
  let stack: EmbeddedStack;
  let t: TestApp;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-pgstall-'));
    stack = await EmbeddedStack.start({ dataDir, postgres: true, meilisearch: false });
    t = await startTestApp(
      {
        DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      },
      { databaseUrl: stack.databaseUrl },
    );
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After within the timeouts while stalled, loses no acknowledged write, and recovers', async () => {
    const curator = await t.keyFor('curator');
    const listings = await Promise.all([0, 1, 2].map(() => createListing(t, curator)));
    await t.app.get(OutboxRelay).drain();
    const acked = new Map<string, { version: number; trl: number }>();
    for (const l of listings) acked.set(l.id, { version: 2, trl: 4 }); // created + published

    const answers: Answer[] = [];
    const timed = async (
      kind: Answer['kind'],
      call: () => Promise<import('supertest').Response>,
    ) => {
      const started = Date.now();
      const res = await call();
      answers.push({
        kind,
        status: res.status,
        ms: Date.now() - started,
        retryAfter: res.headers['retry-after'] ?? null,
        contentType: String(res.headers['content-type'] ?? ''),
      });
      return res;
    };
    const worker = async (w: number, until: number) => {
      const listing = listings[w];
      for (let i = 0; Date.now() < until; i++) {
        await timed('read', () => t.http.get(`/api/v1/technologies/${listing.slug}`));
        await timed('page', () => t.http.get(`/en/technologies/${listing.slug}`));
        const last = acked.get(listing.id)!;
        const trl = (last.trl % 9) + 1;
        const res = await timed('write', () =>
          t.http
            .patch(`/api/v1/admin/technologies/${listing.id}`)
            .set(bearer(curator))
            .send({ version: last.version, trl }),
        );
        if (res.status === 200) acked.set(listing.id, { version: res.body.version, trl });
        if (res.status === 409) {
          // A write answered 503 may still have committed: continue from what is stored.
          acked.set(listing.id, { version: res.body.currentVersion, trl: last.trl });
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    };

    const postmaster = stack.postgresPid!;
    const until = Date.now() + 14_000;
    const load = Promise.all([0, 1, 2].map((w) => worker(w, until)));
    await new Promise((r) => setTimeout(r, 1500));
    const stopped = postgresProcesses(postmaster);
    for (const pid of stopped) process.kill(pid, 'SIGSTOP');
    try {
      await new Promise((r) => setTimeout(r, 10_000));
    } finally {
      for (const pid of stopped) process.kill(pid, 'SIGCONT');
    }
    await load;

    const statuses = new Set(answers.map((a) => a.status));
    expect([...statuses].every((s) => [200, 409, 503].includes(s))).toBe(true);
    const unavailable = answers.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const a of unavailable) {
      expect(a.retryAfter).not.toBeNull();
      expect(a.contentType).toMatch(
        a.kind === 'page' ? /^text\/html/ : /^application\/problem\+json/,
      );
    }
    // No request waits much longer than one query timeout plus one connection timeout.
    const slowest = Math.max(...answers.map((a) => a.ms));
    expect(slowest).toBeLessThan(QUERY_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 3000);

    // Every acknowledged write is stored (a 503'd one may have committed too, never half).
    for (const [id, last] of acked) {
      const [row] = await t.db.query('SELECT version, trl FROM technology WHERE id = $1', [id]);
      expect(row.version).toBeGreaterThanOrEqual(last.version);
      if (row.version === last.version) expect(row.trl).toBe(last.trl);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM technology_change WHERE technology_id = $1 AND version = $2`,
        [id, row.version],
      );
      expect(n).toBe(1); // the change feed has the stored version: commit was all or nothing
    }
    // The app is whole again: reads work and the index follows Postgres.
    await t.http.get(`/api/v1/technologies/${listings[0].slug}`).expect(200);
    await t.app.get(OutboxRelay).drain(60_000);
    const indexed = await t.app.get(SearchRepository).documentVersions();
    for (const l of listings) {
      const [row] = await t.db.query('SELECT version FROM technology WHERE id = $1', [l.id]);
      expect(indexed.get(l.id)).toBe(row.version);
    }
  }, 120_000);
});
