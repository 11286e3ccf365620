import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import net from 'node:net';
import { PgListener } from '../src/database/pg-listener.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { Meilisearch } from 'meilisearch';
import { AppConfig } from '../src/config/app-config.js';
import { MeiliClients } from '../src/search/meili-clients.js';
import { MEILI_CLIENT } from '../src/search/meili-client-factory.js';
import { SearchIndexSync } from '../src/search/search-index-sync.js';
import { SearchRepository } from '../src/search/search.repository.js';
import {
  bearer,
  createListing,
  startTestApp,
  technologyInput,
  type TestApp,
} from './support/harness.js';

/** The index holds exactly the published listings, at their current versions. */
async function expectIndexMatchesPublished(t: TestApp) {
  await t.app.get(OutboxRelay).drain();
  const rows: { id: string; version: number }[] = await t.db.query(
    `SELECT id, version FROM technology WHERE status = 'published' ORDER BY id`,
  );
  const indexed = await t.app.get(SearchRepository).documentVersions();
  expect(Object.fromEntries([...indexed].sort())).toEqual(
    Object.fromEntries(rows.map((r) => [r.id, r.version])),
  );
}

describe('search: the index follows Postgres, and public search answers from it', () => {
  let t: TestApp;
  let curator: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());

  const create = (overrides: Record<string, unknown> = {}, publish = true) =>
    createListing(t, curator, overrides, publish);
  const search = async (query: Record<string, unknown>) => {
    await t.app.get(OutboxRelay).drain();
    return (await t.http.get('/api/v1/technologies').query(query).expect(200)).body;
  };

  it('indexes published listings only, follows edits, and drops archived ones', async () => {
    const published = await create({ titleEn: 'Glowing zebrafish assay', keywords: ['zebrafish'] });
    const draft = await create(
      { titleEn: 'Secret zebrafish draft', keywords: ['zebrafish'] },
      false,
    );
    const res = await search({ q: 'zebrafish' });
    expect(res.items.map((i: { id: string }) => i.id)).toEqual([published.id]);
    expect(res.items[0].highlight.titleEn).toContain('<mark>');
    expect(JSON.stringify(res)).not.toContain('tto-desk@');

    await t.http
      .patch(`/api/v1/admin/technologies/${published.id}`)
      .set(bearer(curator))
      .send({ version: 2, titleEn: 'Glowing medaka assay', keywords: ['medaka'] })
      .expect(200);
    expect((await search({ q: 'medaka' })).items.map((i: { id: string }) => i.id)).toEqual([
      published.id,
    ]);
    expect((await search({ q: 'zebrafish' })).total).toBe(0);

    await t.http
      .post(`/api/v1/admin/technologies/${published.id}/archive`)
      .set(bearer(curator))
      .expect(200);
    expect((await search({ q: 'medaka' })).total).toBe(0);
    expect(draft.id).toBeDefined();
    await expectIndexMatchesPublished(t);
  });

  it('re-sends every published listing once when the vocabulary or document code changed', async () => {
    const listing = await create({ titleEn: 'Retina scanner for glaucoma' });
    await t.app.get(OutboxRelay).drain();
    const pending = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM outbox
            WHERE topic = 'search' AND processed_at IS NULL AND dead_at IS NULL`,
        )
      )[0].n as number;
    const sync = t.app.get(SearchIndexSync);
    await sync.resendIfDocumentsChanged();
    expect(await pending()).toBe(0); // unchanged since start-up: nothing to do

    // As after a deploy that changed data/vocabulary/concepts.json.
    await t.db.query(`UPDATE app_meta SET value = '"older"' WHERE key = 'search.documents'`);
    await sync.resendIfDocumentsChanged();
    const published = (
      await t.db.query(`SELECT count(*)::int AS n FROM technology WHERE status = 'published'`)
    )[0].n as number;
    expect(await pending()).toBe(published);
    await sync.resendIfDocumentsChanged();
    expect(await pending()).toBe(published);
    expect((await search({ q: 'ophthalmology' })).items.map((i: { id: string }) => i.id)).toContain(
      listing.id,
    );
    await expectIndexMatchesPublished(t);
  });

  it('highlights matches in title and summary snippets, Korean and English, and crops long summaries', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => ['alpha', 'beta', 'gamma'][i % 3]).join(
      ' ',
    );
    const listing = await create({
      titleEn: 'Quokka marker panel',
      titleKo: '쿼카 표지자 패널',
      summaryEn: `${filler} quokka saliva predicts relapse. ${filler}`,
      summaryKo: '쿼카 타액으로 재발을 예측합니다.',
      keywords: ['quokka'],
      // Not the default KR number: its "10" would match the patent-number test's query.
      patents: [
        { jurisdiction: 'US', number: '19/555,321', type: 'application', status: 'pending' },
      ],
    });
    const hit = (res: { items: { id: string; highlight: Record<string, string> }[] }) =>
      res.items.find((i) => i.id === listing.id)!.highlight;
    const en = hit(await search({ q: 'quokka' }));
    expect(en.titleEn).toBe('<mark>Quokka</mark> marker panel');
    expect(en.summaryEn).toContain('<mark>quokka</mark> saliva');
    // A window around the match, not the 120-word summary.
    expect(en.summaryEn.split(' ').length).toBeLessThan(40);
    expect(en.summaryEn).toMatch(/^….*…$/);
    // The tokenizer splits the unknown word into syllables; their marks are merged into one.
    const ko = hit(await search({ q: '쿼카' }));
    expect(ko.titleKo).toBe('<mark>쿼카</mark> 표지자 패널');
    expect(ko.summaryKo).toContain('<mark>쿼카</mark> 타액');
  });

  it('finds listings by patent number typed in another form than stored', async () => {
    const res0 = await create({
      titleEn: 'Patent lookup target',
      patents: [
        { jurisdiction: 'KR', number: '10-2031-0765432', type: 'application', status: 'pending' },
      ],
    });
    for (const q of ['1020310765432', '10-2031-0765432', 'KR1020310765432']) {
      const res = await search({ q });
      expect({ q, ids: res.items.map((i: { id: string }) => i.id) }).toEqual({ q, ids: [res0.id] });
    }
  });

  it('reads a query in any office form as that patent number: the listing first, or nothing', async () => {
    const target = await create({
      titleEn: 'Office-prefixed lookup target',
      patents: [
        { jurisdiction: 'US', number: '11,987,654', type: 'grant', status: 'granted' },
        { jurisdiction: 'EP', number: 'EP 3 876 543', type: 'grant', status: 'granted' },
        {
          jurisdiction: 'US',
          number: 'US 2024/0987655 A1',
          type: 'publication',
          status: 'pending',
        },
        { jurisdiction: 'KR', number: '10-2987656', type: 'grant', status: 'granted' },
        {
          jurisdiction: 'PCT',
          number: 'PCT/KR2024/054321',
          type: 'application',
          status: 'pending',
        },
        { jurisdiction: 'WO', number: 'WO 2024/123457 A1', type: 'publication', status: 'pending' },
      ],
    });
    // A listing whose text holds the same digit groups must not be found by the number.
    await create({
      titleEn: 'Decoy 11 987 654 876 543 2024 054321',
      keywords: ['11', '987', '654', '10', '2024'],
    });
    for (const q of [
      'US 11,987,654',
      'us11987654',
      'US 11987654 B2',
      'EP 3 876 543',
      'EP3876543',
      'US2024/0987655',
      'US 2024/0987655 A1',
      'KR 10-2987656',
      '10-2987656',
      'PCT/KR2024/054321',
      'WO 2024/123457',
    ]) {
      const res = await search({ q });
      expect({ q, ids: res.items.map((i: { id: string }) => i.id) }).toEqual({
        q,
        ids: [target.id],
      });
    }
    expect((await search({ q: 'EP 3 123 999' })).total).toBe(0);
  });

  it('filters by area (a level-1 code matches its children), TRL, jurisdiction, and counts facets', async () => {
    const marker = `facet${Date.now().toString(36)}`;
    await create({ keywords: [marker], areaCodes: ['therapeutics.antibodies'], trl: 3 });
    await create({ keywords: [marker], areaCodes: ['therapeutics.vaccines'], trl: 6 });
    await create({ keywords: [marker], areaCodes: ['diagnostics.molecular'], trl: 6, patents: [] });

    const all = await search({ q: marker });
    expect(all.total).toBe(3);
    expect(all.facets.area).toMatchObject({
      therapeutics: 2,
      'therapeutics.antibodies': 1,
      diagnostics: 1,
    });
    expect(all.facets.trl).toMatchObject({ '3': 1, '6': 2 });
    expect((await search({ q: marker, area: 'therapeutics' })).total).toBe(2);
    expect(
      (await search({ q: marker, area: ['therapeutics.vaccines', 'diagnostics'] })).total,
    ).toBe(2);
    expect((await search({ q: marker, trlMin: 5 })).total).toBe(2);
    expect((await search({ q: marker, trlMin: 4, trlMax: 9, area: 'therapeutics' })).total).toBe(1);
    expect((await search({ q: marker, jurisdiction: 'US' })).total).toBe(2);
    const newest = await search({ q: marker, sort: 'newest', perPage: 2 });
    expect(newest).toMatchObject({ page: 1, perPage: 2, total: 3 });
    expect(newest.items).toHaveLength(2);
  });

  it('escapes filter values: an injection attempt cannot widen results', async () => {
    await create({ modality: 'device' }, false);
    const res = await search({ modality: 'x" OR stage = "prototype' });
    expect(res.total).toBe(0);
    const res2 = await search({ modality: 'x\\" OR trl >= 1 OR modality = \\"y' });
    expect(res2.total).toBe(0);
  });

  it('rejects invalid search parameters with 400 problem+json', async () => {
    for (const query of [
      { stage: 'phase-9' },
      { trlMin: 0 },
      { perPage: 101 },
      { page: 0 },
      { sort: 'random' },
      { area: 'Bad Code!' },
      { lang: 'fr' },
      { color: 'red' },
    ]) {
      const res = await t.http.get('/api/v1/technologies').query(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('recreates a hand-deleted index with its settings on the next sync', async () => {
    const repo = t.app.get(SearchRepository);
    const listing = await create({ keywords: ['reindexme'] });
    await t.app.get(OutboxRelay).drain();
    await repo.deleteIndex(repo.indexName);
    await t.http
      .patch(`/api/v1/admin/technologies/${listing.id}`)
      .set(bearer(curator))
      .send({ version: 2, trl: 7 })
      .expect(200);
    const res = await search({ q: 'reindexme', trlMin: 7 });
    expect(res.items.map((i: { id: string }) => i.id)).toEqual([listing.id]);
  });

  it('queries with a search-only key and writes with an indexer key, never the master key', async () => {
    const clients = t.app.get(MeiliClients);
    const master = t.app.get<Meilisearch>(MEILI_CLIENT);
    const searchKey = (await clients.search()).config.apiKey!;
    const indexerKey = (await clients.admin()).config.apiKey!;
    expect(new Set([searchKey, indexerKey, master.config.apiKey]).size).toBe(3);

    const { results } = await master.getKeys({ limit: 1000 });
    const actionsOf = (key: string) => results.find((k) => k.key === key)?.actions;
    expect(actionsOf(searchKey)).toEqual(['search']);
    expect(actionsOf(indexerKey)).not.toContain('keys.create');
    expect(actionsOf(indexerKey)).not.toContain('*');

    // The search key really cannot write: Meilisearch refuses it.
    const asSearcher = new Meilisearch({ host: master.config.host, apiKey: searchKey });
    await expect(
      asSearcher.index(t.app.get(SearchRepository).indexName).addDocuments([{ id: 'x' }]),
    ).rejects.toThrow();
    // A restarted app finds the same keys instead of creating more.
    const restarted = new MeiliClients(master, t.app.get(AppConfig));
    expect((await restarted.search()).config.apiKey).toBe(searchKey);
    expect((await restarted.admin()).config.apiKey).toBe(indexerKey);
  });
});

describe('search when Meilisearch is unreachable', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A port with nothing listening.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = s.address() as net.AddressInfo;
        s.close(() => resolve(p));
      });
    });
    t = await startTestApp({ MEILI_TIMEOUT_MS: '500' }, { meiliUrl: `http://127.0.0.1:${port}` });
  });
  afterAll(() => t.close());

  it('answers search with a fast 503 + Retry-After while curator writes still succeed into the outbox', async () => {
    const started = Date.now();
    const res = await t.http.get('/api/v1/technologies').query({ q: 'anything' }).expect(503);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.code).toBe('search.unavailable');

    const curator = await t.keyFor('curator');
    const created = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(curator))
      .send(technologyInput())
      .expect(201);
    await t.http
      .post(`/api/v1/admin/technologies/${created.body.id}/publish`)
      .set(bearer(curator))
      .expect(200);
    await t.app.get(OutboxRelay).runOnce();
    const pending = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND aggregate_key = $1`,
      [created.body.id],
    );
    expect(pending[0].n).toBe(2);

    const ready = await t.http.get('/health/ready').expect(503);
    expect(ready.body.checks.meilisearch.status).toBe('down');
  });

  it('keeps the web pages useful: home and listings come from Postgres, results get a 503 page', async () => {
    const listing = await createListing(t, await t.keyFor('curator'));
    const home = await t.http.get('/en').expect(200);
    expect(home.text).toContain('Recent listings cannot be shown right now.');
    const page = await t.http.get(`/en/technologies/${listing.slug}`).expect(200);
    expect(page.text).toContain('<h1 lang="en">Test diagnostic technology');
    expect(page.text).toContain('id="inquiry"'); // partners can still ask
    const results = await t.http.get('/ko/technologies?q=anything').expect(503);
    expect(results.headers['retry-after']).toBe('5');
    expect(results.headers['content-type']).toMatch(/^text\/html/);
    expect(results.text).toContain('일시적으로 사용할 수 없습니다');
  });
});

/**
 * A TCP proxy to the run's Meilisearch that can freeze: existing connections are cut and new
 * ones are accepted and then ignored, like a hung server (the app's clients are already set up).
 */
class FreezableProxy {
  private readonly sockets = new Set<net.Socket>();
  private frozen = false;
  private readonly server = net.createServer((client) => {
    this.track(client);
    if (this.frozen) return; // accepted, never answered
    const target = new URL(process.env.TEST_MEILI_URL!);
    const upstream = this.track(net.connect(Number(target.port), target.hostname));
    client.pipe(upstream).pipe(client);
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  setFrozen(frozen: boolean): void {
    this.frozen = frozen;
    if (frozen) for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.setFrozen(true);
    await new Promise((resolve) => this.server.close(resolve));
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    return socket;
  }
}

describe('search when Meilisearch hangs', () => {
  let t: TestApp;
  const proxy = new FreezableProxy();

  beforeAll(async () => {
    // No answer cache: every search must reach (the frozen) Meilisearch.
    t = await startTestApp(
      { MEILI_TIMEOUT_MS: '500', SEARCH_CACHE_TTL_MS: '0' },
      { meiliUrl: await proxy.listen() },
    );
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
  });

  it('answers search with a 503 within the configured timeout, and recovers when it answers again', async () => {
    await createListing(t, await t.keyFor('curator'), { keywords: ['hangproof'] });
    await t.app.get(OutboxRelay).drain();
    const search = () => t.http.get('/api/v1/technologies').query({ q: 'hangproof' });
    expect((await search().expect(200)).body.total).toBe(1);

    proxy.setFrozen(true);
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const res = await search().expect(503);
      expect(Date.now() - started).toBeLessThan(2500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.code).toBe('search.unavailable');
    }

    proxy.setFrozen(false);
    // If the probe saw it hang, search waits for the reconciler's comparison (503 meanwhile,
    // by design); either way it answers again within a few seconds.
    const deadline = Date.now() + 15_000;
    let res = await search();
    while (res.status !== 200 && Date.now() < deadline) {
      expect(res.status).toBe(503);
      await new Promise((r) => setTimeout(r, 250));
      res = await search();
    }
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
  });
});

describe('reindex without downtime', () => {
  let t: TestApp;
  let curator: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());

  it('rebuilds the index from Postgres while search keeps answering, and only admins may run it', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await createListing(t, curator, { keywords: ['rebuildable'] })).id);
    }
    await t.app.get(OutboxRelay).drain();
    // Simulate a damaged index: a stray document and a missing one.
    const repo = t.app.get(SearchRepository);
    await repo.delete([ids[0]]);
    await repo.upsert([{ id: '00000000-0000-4000-8000-00000000dead', version: 1 } as never]);

    await t.http.post('/api/v1/admin/search/reindex').set(bearer(curator)).expect(403);
    let searching = true;
    const answers: number[] = [];
    const searcher = (async () => {
      while (searching)
        answers.push((await t.http.get('/api/v1/technologies').query({ q: 'rebuildable' })).status);
    })();
    const res = await Promise.resolve(
      t.http.post('/api/v1/admin/search/reindex').set(bearer(t.adminKey)),
    ).finally(() => (searching = false));
    await searcher;
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ indexed: 5, index: t.config.meili.index });
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((s) => s === 200)).toBe(true);
    await expectIndexMatchesPublished(t);
    expect(await repo.indexExists(`${t.config.meili.index}_tmp`)).toBe(false);
  });

  it('shows outbox lag and dead letters in readiness and to admins', async () => {
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.checks.outbox).toMatchObject({
      status: 'up',
      pending: expect.any(Number),
      dead: expect.any(Number),
    });
    const dead = await t.http
      .get('/api/v1/admin/search/dead-letters')
      .set(bearer(t.adminKey))
      .expect(200);
    expect(dead.body).toMatchObject({
      page: 1,
      total: expect.any(Number),
      items: expect.any(Array),
    });
  });
});

describe('search answers are cached until the index changes', () => {
  let writer: TestApp;
  let reader: TestApp;

  beforeAll(async () => {
    writer = await startTestApp();
    // A second instance on the same database and index that only serves search.
    reader = await startTestApp(
      { OUTBOX_RELAY: 'false', MEILI_INDEX: writer.config.meili.index },
      { databaseUrl: writer.config.databaseUrl },
    );
  });
  afterAll(async () => {
    await reader.close();
    await writer.close();
  });

  it('drops cached answers on every instance when the index changes', async () => {
    const curator = await writer.keyFor('curator');
    const query = { q: 'cacheprobe' };
    // Answers are cached only while the instance LISTENs for changes.
    for (let i = 0; i < 100 && !reader.app.get(PgListener).listening; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(reader.app.get(PgListener).listening).toBe(true);
    expect(
      (await reader.http.get('/api/v1/technologies').query(query).expect(200)).body.total,
    ).toBe(0);
    await createListing(writer, curator, { keywords: ['cacheprobe'] });
    await writer.app.get(OutboxRelay).drain();
    // The writer's relay announced the change; the reader hears it through Postgres.
    const deadline = Date.now() + 2_000;
    let total = 0;
    while (total === 0 && Date.now() < deadline) {
      total = (await reader.http.get('/api/v1/technologies').query(query).expect(200)).body.total;
      if (total === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(total).toBe(1);
  });
});

describe('search understands specialty and disease names from the vocabulary', () => {
  let t: TestApp;
  let curator: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    const listing = async (name: string, fields: Record<string, unknown>) => {
      ids[name] = (
        await createListing(t, curator, {
          keywords: [],
          indications: [],
          summaryKo: '시험용 기술 요약입니다.',
          summaryEn: 'A summary of a test technology.',
          ...fields,
        })
      ).id;
    };
    // None of these says "oncology", "심장" or "eye": the vocabulary has to.
    await listing('lung', {
      titleKo: '비소세포폐암 조기 선별 기술',
      titleEn: 'Early NSCLC screening',
    });
    await listing('failure', {
      titleKo: '심부전 원격 관리 패치',
      titleEn: 'Remote patch for heart failure',
    });
    await listing('kidney', { titleKo: '신장 투석 필터', titleEn: 'Dialysis filter' });
    await listing('glaucoma', {
      titleKo: '녹내장 진행 예측',
      titleEn: 'Predicting glaucoma progression',
    });
    await listing('retina', {
      titleKo: '망막 박리 조기 감지',
      titleEn: 'Early detection of retinal detachment',
    });
    await listing('cornea', {
      titleKo: '각막 상처 치유 점안제',
      titleEn: 'Drops that heal corneal wounds',
    });
    await listing('apnea', { titleKo: '수면무호흡 선별 패치', titleEn: 'Apnoea screening patch' });
    // The Medical devices area's own listings, and software that only mentions devices.
    await listing('implant', {
      titleKo: '생체흡수성 뼈 나사',
      titleEn: 'Bioresorbable bone screw',
      areaCodes: ['medical-devices.implants'],
    });
    await listing('monitor', {
      titleKo: '무선 중환자 활력징후 측정기',
      titleEn: 'Wireless vital-sign monitor',
      areaCodes: ['medical-devices.monitoring'],
    });
    await listing('software', {
      titleKo: '경보 분류 소프트웨어',
      titleEn: 'Alarm triage software',
      summaryEn: 'Sorts alarms raised by medical devices on a ward.',
      areaCodes: ['digital-health.clinical-ai'],
    });
    // This one has the word only deep in its summary, where a title match would outrank it.
    await listing('saysOncology', {
      titleKo: '병원 물류 추적 시스템',
      titleEn: 'Hospital logistics tracker',
      summaryEn: 'Tracks supplies for wards, including the oncology day unit.',
    });
    await t.app.get(OutboxRelay).drain();
  });
  afterAll(() => t.close());

  const found = async (q: string, extra: Record<string, string> = {}) =>
    (
      (
        await t.http
          .get('/api/v1/technologies')
          .query({ q, ...extra })
          .expect(200)
      ).body.items as {
        id: string;
      }[]
    ).map((i) => i.id);

  it('finds a specialty’s diseases by the specialty’s name, in either language', async () => {
    // The word as typed ranks above what only the vocabulary found.
    expect(await found('oncology')).toEqual([ids.saysOncology, ids.lung]);
    // Named in a title beats named in a summary.
    expect(await found('종양')).toEqual([ids.lung, ids.saysOncology]);
    const eyes = [ids.glaucoma, ids.retina, ids.cornea].sort();
    expect((await found('ophthalmology')).sort()).toEqual(eyes);
    expect((await found('안과')).sort()).toEqual(eyes);
    expect((await found('eye')).sort()).toEqual(eyes);
    expect(await found('수면')).toEqual([ids.apnea]);
    expect(await found('sleep')).toEqual([ids.apnea]);
  });

  it('ranks an area’s own listings first for the area’s name', async () => {
    const devices = await found('medical devices');
    expect(devices.slice(0, 2).sort()).toEqual([ids.implant, ids.monitor].sort());
    expect(devices).toContain(ids.software);
    expect((await found('의료기기')).slice(0, 2).sort()).toEqual([ids.implant, ids.monitor].sort());
  });

  it('matches short Korean words exactly: 심장 (heart) is not 신장 (kidney)', async () => {
    expect(await found('심장')).toEqual([ids.failure]);
    expect(await found('신장')).toEqual([ids.kidney]);
  });

  it('reads Korean words with particles and connectives as the bare terms', async () => {
    expect(await found('녹내장을')).toEqual([ids.glaucoma]);
    expect(await found('심장의')).toEqual([ids.failure]);
    expect(await found('녹내장 관련')).toEqual([ids.glaucoma]);
  });

  it('searches only the words as typed when asked to', async () => {
    expect(await found('oncology', { literal: 'true' })).toEqual([ids.saysOncology]);
    expect(await found('녹내장을', { literal: 'true' })).toEqual([]);
    expect(await found('녹내장', { literal: 'true' })).toEqual([ids.glaucoma]);
    const res = await t.http
      .get('/api/v1/technologies')
      .query({ q: 'oncology', literal: 'maybe' })
      .expect(400);
    expect(res.type).toBe('application/problem+json');

    const widened = await t.http.get('/en/technologies').query({ q: 'oncology' }).expect(200);
    expect(widened.text).toContain(
      '<a href="/en/technologies?q=oncology&amp;literal=true">Search only the words as typed</a>',
    );
    const literal = await t.http
      .get('/en/technologies')
      .query({ q: 'oncology', literal: 'true' })
      .expect(200);
    expect(literal.text).toContain('Showing only listings with the words exactly as typed.');
    expect(literal.text).toContain('<a href="/en/technologies?q=oncology">');
    expect(literal.text).toContain('Hospital logistics tracker');
    expect(literal.text).not.toContain('Early NSCLC screening');
  });

  it('says in the answer how it read the query', async () => {
    const read = async (q: string) =>
      (await t.http.get('/api/v1/technologies').query({ q }).expect(200)).body.query;
    const oncology = await read('oncology');
    expect(oncology.concepts).toEqual([
      expect.objectContaining({ id: 'oncology', ko: '종양학', en: 'oncology' }),
    ]);
    expect(await read('녹내장을')).toMatchObject({
      q: '녹내장을',
      searchedFor: '녹내장',
      concepts: [expect.objectContaining({ id: 'glaucoma' })],
    });
    expect(await read('zebrafish')).not.toHaveProperty('concepts');

    const page = await t.http.get('/ko/technologies').query({ q: 'oncology' }).expect(200);
    expect(page.text).toContain('다른 이름으로도 함께 찾은 개념:');
    expect(page.text).toMatch(
      /<strong lang="ko">종양학<\/strong> \(oncology\), 하위 개념 \d+개 포함/,
    );
  });
});
