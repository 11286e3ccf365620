import fc from 'fast-check';
import { describe, it, expect, beforeAll, afterAll, afterEach, jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStack } from '../src/runtime/embedded-stack.js';
import { generateCatalog } from '../src/demo/synthetic/catalog-generator.js';
import { demoTemplates } from '../src/demo/synthetic/demo-templates.js';
import { CatalogImporter } from '../src/imports/catalog-importer.js';
import { OutboxRelay, RELAY_MAX_ATTEMPTS } from '../src/outbox/outbox-relay.js';
import { createMeiliClient } from '../src/search/meili-client-factory.js';
import { SearchReconciler } from '../src/search/search-reconciler.js';
import { SearchRepository } from '../src/search/search.repository.js';
import { TechnologyRepository } from '../src/technologies/technology.repository.js';
import type { TechnologyDocument } from '../src/search/technology-document.js';
import {
  freePort,
  startAppProcess,
  stopAllAppProcesses,
  waitForOutput,
} from './support/app-process.js';
import {
  bearer,
  createListing,
  startTestApp,
  technologyInput,
  type TestApp,
} from './support/harness.js';

/** Waits until no outbox row is pending (due or backing off), then compares index and Postgres. */
async function expectConverged(t: TestApp, timeoutMs = 90_000) {
  const relay = t.app.get(OutboxRelay);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { pending } = await relay.lag();
    if (pending === 0) break;
    if (Date.now() > deadline) throw new Error(`${pending} outbox rows still pending`);
    await new Promise((r) => setTimeout(r, 250));
  }
  expect((await relay.lag()).dead).toBe(0);
  const published = await t.app.get(TechnologyRepository).publishedVersions();
  const indexed = await t.app.get(SearchRepository).documentVersions();
  expect(Object.fromEntries([...indexed].sort())).toEqual(
    Object.fromEntries([...published].sort()),
  );
}

/**
 * A Meilisearch of its own on a fixed port (so it can be stopped and started again under the
 * same URL) and an app using it, with a 1 s Meilisearch timeout.
 */
function withOwnMeilisearch(env: Record<string, string> = {}) {
  const own = {} as { t: TestApp; stop(): Promise<void>; start(): Promise<void> };
  let dataDir: string;
  let port: number;
  let meili: EmbeddedStack;
  const start = async () => {
    meili = await EmbeddedStack.start({
      dataDir,
      postgres: false,
      meilisearch: true,
      meiliPort: port,
    });
  };
  own.start = start;
  own.stop = () => meili.stop();
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-fault-'));
    port = await freePort();
    await start();
    own.t = await startTestApp(
      { MEILI_TIMEOUT_MS: '1000', ...env },
      { meiliUrl: meili.meiliUrl, meiliApiKey: meili.meiliMasterKey },
    );
  });
  afterAll(async () => {
    await own.t.close();
    await own.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
  return own;
}

describe('search faults: Meilisearch stops in the middle of writes', () => {
  const own = withOwnMeilisearch();
  let t: TestApp;
  beforeAll(() => {
    t = own.t;
  });

  it('keeps accepting curator writes while Meilisearch is down, and converges to exactly the published set after it returns', async () => {
    const curator = await t.keyFor('curator');
    const ids: string[] = [];
    const versions = new Map<string, number>();
    let writes = 0;
    // Deterministic mix of create / publish / edit / unpublish / archive.
    const step = async (i: number) => {
      writes++;
      const pick = ids[(i * 7) % Math.max(ids.length, 1)];
      switch (i % 5) {
        case 0:
        case 1: {
          const res = await t.http
            .post('/api/v1/admin/technologies')
            .set(bearer(curator))
            .send(technologyInput())
            .expect(201);
          ids.push(res.body.id);
          versions.set(res.body.id, 1);
          if (i % 2 === 0) {
            const pub = await t.http
              .post(`/api/v1/admin/technologies/${res.body.id}/publish`)
              .set(bearer(curator))
              .expect(200);
            versions.set(res.body.id, pub.body.version);
          }
          return;
        }
        case 2: {
          const res = await t.http
            .patch(`/api/v1/admin/technologies/${pick}`)
            .set(bearer(curator))
            .send({ version: versions.get(pick), trl: (i % 9) + 1 });
          if (res.status === 200) versions.set(pick, res.body.version);
          else expect(res.status).toBe(422); // e.g. an archived/incomplete one; never a 5xx
          return;
        }
        case 3: {
          const res = await t.http
            .post(`/api/v1/admin/technologies/${pick}/unpublish`)
            .set(bearer(curator));
          expect([200, 409]).toContain(res.status);
          if (res.status === 200) versions.set(pick, res.body.version);
          return;
        }
        default: {
          const res = await t.http
            .post(`/api/v1/admin/technologies/${pick}/${i % 10 === 4 ? 'archive' : 'publish'}`)
            .set(bearer(curator));
          expect([200, 409, 422]).toContain(res.status);
          if (res.status === 200) versions.set(pick, res.body.version);
        }
      }
    };

    for (let i = 0; i < 70; i++) await step(i);
    await own.stop();
    for (let i = 70; i < 140; i++) await step(i); // Meilisearch is down: every write must still succeed
    const down = await t.http.get('/api/v1/technologies').expect(503);
    expect(down.headers['retry-after']).toBeDefined();

    await own.start();
    for (let i = 140; i < 200; i++) await step(i);
    expect(writes).toBe(200);
    await expectConverged(t);
  }, 180_000);
});

describe('search faults: an outage past the old dead-letter horizon, then the reconciler', () => {
  const own = withOwnMeilisearch({ RECONCILE_INTERVAL_SECONDS: '30' });
  let t: TestApp;
  beforeAll(() => {
    t = own.t;
  });

  it('keeps retrying, never shows an unpublished listing once Meilisearch is back, and converges', async () => {
    const curator = await t.keyFor('curator');
    const marker = 'vorpalith';
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push((await createListing(t, curator, { keywords: [marker, `n${i}`] })).id);
    }
    await t.app.get(OutboxRelay).drain();
    const hits = async () => {
      const res = await t.http.get('/api/v1/technologies').query({ q: marker, perPage: 50 });
      return res.status === 200
        ? (res.body.items as { id: string }[]).map((i) => i.id)
        : res.status;
    };
    expect(await hits()).toHaveLength(8);

    await own.stop();
    const unpublished = ids.slice(0, 3);
    for (const id of unpublished) {
      await t.http
        .post(`/api/v1/admin/technologies/${id}/unpublish`)
        .set(bearer(curator))
        .expect(200);
    }
    for (const id of ids.slice(3, 6)) {
      await t.http
        .patch(`/api/v1/admin/technologies/${id}`)
        .set(bearer(curator))
        .send({ version: 2, trl: 8 })
        .expect(200);
    }
    // More passes than the old 8 attempts that dead-lettered rows after ~66 s.
    const relay = t.app.get(OutboxRelay);
    for (let pass = 0; pass < RELAY_MAX_ATTEMPTS * 2; pass++) await relay.runOnce();
    expect((await relay.lag()).dead).toBe(0);
    expect((await relay.lag()).pending).toBeGreaterThanOrEqual(6);
    const down = await t.http.get('/health/ready').expect(503);
    expect(down.body).toMatchObject({
      status: 'down',
      checks: { meilisearch: { status: 'down' } },
    });
    // The reconciler's probe has noticed the outage.
    const reconciler = t.app.get(SearchReconciler);
    while (reconciler.isTrustworthy()) await new Promise((r) => setTimeout(r, 100));

    await own.start();
    // From the moment it is back, no answer may include an unpublished listing.
    const deadline = Date.now() + 30_000;
    let answered = 0;
    for (;;) {
      const found = await hits();
      if (Array.isArray(found)) {
        answered++;
        expect(found.filter((id) => unpublished.includes(id))).toEqual([]);
        if (found.length === 5) break;
      } else expect(found).toBe(503);
      if (Date.now() > deadline) throw new Error(`not converged: ${JSON.stringify(found)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(answered).toBeGreaterThan(0);
    await expectConverged(t);
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.checks.index).toMatchObject({ missing: 0, stale: 0, extra: 0 });
  }, 120_000);

  it('repairs an index changed behind its back: extra, missing and stale documents', async () => {
    const curator = await t.keyFor('curator');
    const draft = await createListing(t, curator, {}, false);
    const kept = await createListing(t, curator);
    const edited = await createListing(t, curator);
    await t.app.get(OutboxRelay).drain();
    const repo = t.app.get(SearchRepository);
    // Someone (an old instance, a hand edit) wrote to the index directly.
    const current = await repo.documentVersions();
    await repo.upsert([
      {
        id: draft.id,
        version: 1,
        titleEn: 'A draft that must not show',
      } as unknown as TechnologyDocument,
      {
        id: edited.id,
        version: (current.get(edited.id) ?? 2) - 1,
        titleEn: 'old',
      } as unknown as TechnologyDocument,
    ]);
    await repo.delete([kept.id]);

    const found = await t.app.get(SearchReconciler).reconcile();
    expect(found).toMatchObject({ extra: 1, missing: 1, stale: 1 });
    expect((await repo.documentVersions()).has(draft.id)).toBe(false); // deleted at once
    await t.app.get(OutboxRelay).drain();
    await expectConverged(t);
    expect(await t.app.get(SearchReconciler).reconcile()).toMatchObject({
      extra: 0,
      missing: 0,
      stale: 0,
    });
  });
});

describe('search faults: concurrency and random write sequences', () => {
  let t: TestApp;
  let curator: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());

  it('converges when many writers race on the same listings', async () => {
    const listings = await Promise.all(
      [0, 1, 2].map(
        async () =>
          (
            await t.http
              .post('/api/v1/admin/technologies')
              .set(bearer(curator))
              .send(technologyInput())
              .expect(201)
          ).body.id as string,
      ),
    );
    const writer = async (w: number) => {
      for (let i = 0; i < 15; i++) {
        const id = listings[(w + i) % listings.length];
        const current = (
          await t.http.get(`/api/v1/admin/technologies/${id}`).set(bearer(curator)).expect(200)
        ).body;
        const action = (w + i) % 3;
        const res =
          action === 0
            ? await t.http
                .patch(`/api/v1/admin/technologies/${id}`)
                .set(bearer(curator))
                .send({ version: current.version, trl: ((w + i) % 9) + 1 })
            : await t.http
                .post(
                  `/api/v1/admin/technologies/${id}/${current.status === 'published' ? 'unpublish' : 'publish'}`,
                )
                .set(bearer(curator))
                .send({ version: current.version });
        expect([200, 409]).toContain(res.status); // a lost race is a 409, never a 5xx or a silent overwrite
      }
    };
    await Promise.all([0, 1, 2, 3, 4].map(writer));
    await expectConverged(t);
  }, 120_000);

  it('keeps the index equal to the published set for random sequences of curator actions (model-based)', async () => {
    type Action =
      | { kind: 'create' }
      | {
          kind: 'publish' | 'unpublish' | 'archive' | 'restore' | 'edit' | 'addPatent';
          target: number;
        };
    const action = fc.oneof(
      fc.constant<Action>({ kind: 'create' }),
      fc.record({
        kind: fc.constantFrom('publish', 'unpublish', 'archive', 'restore', 'edit', 'addPatent'),
        target: fc.nat(20),
      }) as fc.Arbitrary<Action>,
    );
    let patentSerial = 1_000_000;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 25 }), async (actions) => {
        // The model: what status each listing we created must have.
        const model: { id: string; status: 'draft' | 'published' | 'archived' }[] = [];
        for (const a of actions) {
          if (a.kind === 'create') {
            const res = await t.http
              .post('/api/v1/admin/technologies')
              .set(bearer(curator))
              .send(technologyInput({ patents: [] }))
              .expect(201);
            model.push({ id: res.body.id, status: 'draft' });
            continue;
          }
          if (model.length === 0) continue;
          const item = model[a.target % model.length];
          const url = `/api/v1/admin/technologies/${item.id}`;
          if (a.kind === 'edit') {
            const current = (await t.http.get(url).set(bearer(curator)).expect(200)).body;
            await t.http
              .patch(url)
              .set(bearer(curator))
              .send({ version: current.version, titleEn: `Edited ${current.version}` })
              .expect(200);
          } else if (a.kind === 'addPatent') {
            patentSerial++;
            await t.http
              .post(`${url}/patents`)
              .set(bearer(curator))
              .send({
                jurisdiction: 'US',
                number: `19/${String(patentSerial).slice(1, 4)},${String(patentSerial).slice(4)}`,
                type: 'application',
                status: 'pending',
              })
              .expect(201);
          } else {
            const allowed = {
              publish: ['draft'],
              unpublish: ['published'],
              archive: ['draft', 'published'],
              restore: ['archived'],
            }[a.kind];
            const next = {
              publish: 'published',
              unpublish: 'draft',
              archive: 'archived',
              restore: 'draft',
            }[a.kind] as 'draft' | 'published' | 'archived';
            const res = await t.http.post(`${url}/${a.kind}`).set(bearer(curator));
            expect(res.status).toBe(allowed.includes(item.status) ? 200 : 409);
            if (res.status === 200) item.status = next;
          }
        }
        const statuses: { id: string; status: string }[] = model.length
          ? await t.db.query('SELECT id, status FROM technology WHERE id = ANY($1)', [
              model.map((m) => m.id),
            ])
          : [];
        expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual(
          Object.fromEntries(model.map((m) => [m.id, m.status])),
        );
        await expectConverged(t);
      }),
      { numRuns: 8, seed: 20261125 },
    );
  }, 240_000);
});

describe('search faults: the relay dies, Meilisearch rejects a document', () => {
  let t: TestApp;
  let curator: string;

  beforeAll(async () => {
    // The relay runs only where a test runs it: in a killed child process, or pass by pass.
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());
  afterEach(() => stopAllAppProcesses('SIGKILL'));

  it('loses nothing when the relay process is killed in the middle of a batch', async () => {
    const count = 7000; // several requests of 1000 documents in one claim of the search relay
    const listings = generateCatalog({ count, seed: 3, ...demoTemplates() });
    const imported = await t.app.get(CatalogImporter).run(
      listings.map((values, i) => ({ row: i + 1, values: { ...values } })),
      { publish: true, dryRun: false },
    );
    expect(imported.created).toBe(count); // with one outbox row each, not yet relayed
    const pendingCount = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND dead_at IS NULL`,
        )
      )[0].n as number;

    // The app as deployed, relaying into the same database and index.
    const app = startAppProcess({
      PORT: String(await freePort()),
      DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'catalog-relay-')),
      DATABASE_URL: t.config.databaseUrl,
      MEILI_URL: t.config.meili.url,
      MEILI_MASTER_KEY: t.config.meili.apiKey!,
      MEILI_INDEX: t.config.meili.index,
      ADMIN_API_KEY: t.adminKey,
      SEED_DEMO: 'false',
    });
    await waitForOutput(app, 'Ready.');
    // Kill it (no shutdown hooks) in the middle of its claim: documents are reaching Meilisearch,
    // more are being read and sent, and the claim is not committed.
    const index = createMeiliClient(t.config.meili).index(t.config.meili.index);
    while ((await index.getStats()).numberOfDocuments === 0)
      await new Promise((r) => setTimeout(r, 10));
    app.child.kill('SIGKILL');
    await app.exited;
    expect(await pendingCount()).toBeGreaterThan(0);

    // Postgres released the dead relay's claim with its connection; a new relay finishes the job.
    await t.app.get(OutboxRelay).drain(120_000);
    await expectConverged(t);
  }, 180_000);

  it('retries a document Meilisearch rejects, dead-letters it, and lets the others through', async () => {
    const create = async (title: string) =>
      (await createListing(t, curator, { titleEn: title, keywords: ['rejectable'] })).id;
    const [good1, bad, good2] = [
      await create('Good one'),
      await create('Rejected one'),
      await create('Good two'),
    ];
    // One listing's document leaves with an id Meilisearch refuses, so the real task fails.
    const repo = t.app.get(SearchRepository);
    const enqueueUpsert = repo.enqueueUpsert.bind(repo);
    const spy = jest
      .spyOn(repo, 'enqueueUpsert')
      .mockImplementation((docs: TechnologyDocument[], name?: string) =>
        enqueueUpsert(
          docs.map((d) => (d.id === bad ? { ...d, id: 'not a valid id!' } : d)),
          name,
        ),
      );
    try {
      const relay = t.app.get(OutboxRelay);
      for (let attempt = 0; attempt < RELAY_MAX_ATTEMPTS; attempt++) {
        await relay.runOnce();
        await t.db.query(`UPDATE outbox SET available_at = now() WHERE dead_at IS NULL`); // skip the backoff wait
      }
    } finally {
      spy.mockRestore();
    }
    const [row] = await t.db.query(
      `SELECT attempts, dead_at IS NOT NULL AS dead, last_error FROM outbox WHERE aggregate_key = $1`,
      [bad],
    );
    expect(row).toMatchObject({ attempts: RELAY_MAX_ATTEMPTS, dead: true });
    expect(row.last_error).toContain('invalid_document_id');
    const found = await t.http.get('/api/v1/technologies').query({ q: 'rejectable' }).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id).sort()).toEqual([good1, good2].sort());
    const dead = await t.http
      .get('/api/v1/admin/search/dead-letters')
      .set(bearer(t.adminKey))
      .expect(200);
    expect(dead.body.items.map((d: { aggregateKey: string }) => d.aggregateKey)).toContain(bad);
    // Still serving, but readiness says what is wrong.
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      checks: { outbox: { status: 'degraded' } },
    });
    expect(ready.body.checks.outbox.dead).toBeGreaterThan(0); // its rows (created, published)

    // The dead letter does not block that listing for good: its next change is indexed.
    await t.http
      .patch(`/api/v1/admin/technologies/${bad}`)
      .set(bearer(curator))
      .send({ version: 2, trl: 8 })
      .expect(200);
    await t.app.get(OutboxRelay).drain();
    const after = await t.http.get('/api/v1/technologies').query({ q: 'rejectable' }).expect(200);
    expect(after.body.items).toHaveLength(3);
  });

  it('restores a hand-deleted index with a reindex', async () => {
    const repo = t.app.get(SearchRepository);
    await t.app.get(OutboxRelay).drain();
    await repo.deleteIndex(repo.indexName);
    await t.http.get('/api/v1/technologies').expect(503);
    await t.http.post('/api/v1/admin/search/reindex').set(bearer(t.adminKey)).expect(200);
    await t.db.query(
      `UPDATE outbox SET dead_at = NULL, processed_at = now() WHERE dead_at IS NOT NULL`,
    ); // the earlier test's dead letter
    await expectConverged(t);
  }, 120_000);
});
