import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { bearer, startTestApp, technologyInput, type TestApp } from './support/harness.js';

describe('technologies: curator CRUD, lifecycle and public read', () => {
  let t: TestApp;
  let curator: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(curator))
      .send(technologyInput(overrides))
      .expect(201);
    return res.body;
  };

  it('creates a draft with normalized patents, a slug from the English title and an ETag', async () => {
    const input = technologyInput({ titleEn: 'Rapid Sepsis Test — Finger-Prick!' });
    const res = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(curator))
      .send(input)
      .expect(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 1,
      referenceCode: input.referenceCode,
      slug: 'rapid-sepsis-test-finger-prick',
      areas: [
        expect.objectContaining({
          code: 'diagnostics.point-of-care',
          nameEn: 'Point-of-care testing',
        }),
      ],
      contactEmail: 'tto-desk@hanbit-hospital.example',
      publishedAt: null,
    });
    expect(
      res.body.patents.map((p: { numberNormalized: string }) => p.numberNormalized).sort(),
    ).toEqual(['KR1020230123456', 'US18123456']);
    // A second listing with the same title gets the next free slug.
    const again = await create({ titleEn: 'Rapid Sepsis Test — Finger-Prick!' });
    expect(again.slug).toBe('rapid-sepsis-test-finger-prick-2');
  });

  it('keeps drafts, then archived listings, out of the public API (404, not 403)', async () => {
    const draft = await create();
    await t.http.get(`/api/v1/technologies/${draft.id}`).expect(404);
    await t.http.get(`/api/v1/technologies/${draft.slug}`).expect(404);

    const published = await t.http
      .post(`/api/v1/admin/technologies/${draft.id}/publish`)
      .set(bearer(curator))
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    expect(published.body.publishedAt).toEqual(expect.any(String));

    const bySlug = await t.http.get(`/api/v1/technologies/${draft.slug}`).expect(200);
    const byId = await t.http.get(`/api/v1/technologies/${draft.id}`).expect(200);
    expect(byId.body).toEqual(bySlug.body);
    expect(bySlug.body).not.toHaveProperty('contactEmail');
    expect(bySlug.body).not.toHaveProperty('contactName');
    expect(bySlug.body).not.toHaveProperty('status');
    expect(bySlug.body.patents).toHaveLength(2);

    await t.http
      .post(`/api/v1/admin/technologies/${draft.id}/archive`)
      .set(bearer(curator))
      .expect(200);
    const gone = await t.http.get(`/api/v1/technologies/${draft.slug}`).expect(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(gone.body).toMatchObject({ status: 404, code: 'technology.not_found' });
  });

  it('walks the lifecycle and refuses illegal transitions with 409 naming the allowed ones', async () => {
    const { id } = await create();
    const illegal = await t.http
      .post(`/api/v1/admin/technologies/${id}/unpublish`)
      .set(bearer(curator))
      .expect(409);
    expect(illegal.body).toMatchObject({
      code: 'technology.illegal_transition',
      currentStatus: 'draft',
      allowedActions: ['publish', 'archive'],
    });
    await t.http.post(`/api/v1/admin/technologies/${id}/publish`).set(bearer(curator)).expect(200);
    await t.http.post(`/api/v1/admin/technologies/${id}/publish`).set(bearer(curator)).expect(409);
    const unpublished = await t.http
      .post(`/api/v1/admin/technologies/${id}/unpublish`)
      .set(bearer(curator))
      .expect(200);
    expect(unpublished.body.status).toBe('draft');
    await t.http.post(`/api/v1/admin/technologies/${id}/archive`).set(bearer(curator)).expect(200);
    const restored = await t.http
      .post(`/api/v1/admin/technologies/${id}/restore`)
      .set(bearer(curator))
      .expect(200);
    expect(restored.body).toMatchObject({ status: 'draft', archivedAt: null, version: 5 });
  });

  it('refuses to publish an incomplete listing (422 naming each missing field)', async () => {
    const { id } = await create({ titleEn: null, summaryKo: undefined, areaCodes: [], trl: null });
    const res = await t.http
      .post(`/api/v1/admin/technologies/${id}/publish`)
      .set(bearer(curator))
      .expect(422);
    expect(res.body.code).toBe('technology.not_publishable');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'titleEn',
      'summaryKo',
      'areaCodes',
      'trl',
    ]);
    const after = await t.http
      .get(`/api/v1/admin/technologies/${id}`)
      .set(bearer(curator))
      .expect(200);
    expect(after.body).toMatchObject({ status: 'draft', version: 1 });
  });

  it('updates with the version read; a stale version gets 409 with the current one and changes nothing', async () => {
    const created = await create();
    const first = await t.http
      .patch(`/api/v1/admin/technologies/${created.id}`)
      .set(bearer(curator))
      .set('If-Match', '"1"')
      .send({
        titleEn: 'Edited title',
        trl: 5,
        areaCodes: ['diagnostics.molecular', 'diagnostics.biomarkers'],
      })
      .expect(200);
    expect(first.body).toMatchObject({ titleEn: 'Edited title', trl: 5, version: 2 });
    expect(first.body.areas.map((a: { code: string }) => a.code)).toEqual([
      'diagnostics.biomarkers',
      'diagnostics.molecular',
    ]);

    const stale = await t.http
      .patch(`/api/v1/admin/technologies/${created.id}`)
      .set(bearer(curator))
      .send({ version: 1, titleEn: 'Lost update' })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'technology.version_conflict', currentVersion: 2 });

    const missing = await t.http
      .patch(`/api/v1/admin/technologies/${created.id}`)
      .set(bearer(curator))
      .send({ titleEn: 'x' })
      .expect(400);
    expect(missing.body.code).toBe('technology.version_required');

    const after = await t.http
      .get(`/api/v1/admin/technologies/${created.id}`)
      .set(bearer(curator))
      .expect(200);
    expect(after.body).toMatchObject({ titleEn: 'Edited title', version: 2 });
    expect(after.headers.etag).toBe('"2"');
  });

  it('lets only one of two concurrent updates with the same version win', async () => {
    const { id } = await create();
    const results = await Promise.all(
      ['A', 'B', 'C'].map((v) =>
        t.http
          .patch(`/api/v1/admin/technologies/${id}`)
          .set(bearer(curator))
          .send({ version: 1, titleEn: `Writer ${v}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const after = await t.http
      .get(`/api/v1/admin/technologies/${id}`)
      .set(bearer(curator))
      .expect(200);
    expect(after.body.version).toBe(2);
  });

  it('keeps a published listing complete and its slug stable', async () => {
    const { id } = await create();
    await t.http.post(`/api/v1/admin/technologies/${id}/publish`).set(bearer(curator)).expect(200);
    const emptied = await t.http
      .patch(`/api/v1/admin/technologies/${id}`)
      .set(bearer(curator))
      .send({ version: 2, summaryEn: null })
      .expect(422);
    expect(emptied.body.errors).toEqual([{ field: 'summaryEn', message: 'required to publish' }]);
    const slug = await t.http
      .patch(`/api/v1/admin/technologies/${id}`)
      .set(bearer(curator))
      .send({ version: 2, slug: 'a-new-slug' })
      .expect(409);
    expect(slug.body.code).toBe('technology.slug_locked');
  });

  describe('refuses bad input without writing anything', () => {
    const post = (body: object) =>
      t.http.post('/api/v1/admin/technologies').set(bearer(curator)).send(body);
    const countByReference = async (referenceCode: string) =>
      (
        await t.db.query(`SELECT count(*)::int AS n FROM technology WHERE reference_code = $1`, [
          referenceCode,
        ])
      )[0].n;

    it('a duplicate reference code or slug: 409', async () => {
      const existing = await create();
      const dup = await post(technologyInput({ referenceCode: existing.referenceCode })).expect(
        409,
      );
      expect(dup.body.code).toBe('technology.duplicate_reference_code');
      const dupSlug = await post(technologyInput({ slug: existing.slug })).expect(409);
      expect(dupSlug.body.code).toBe('technology.duplicate_slug');
      expect(await countByReference(existing.referenceCode)).toBe(1);
    });

    it('an unknown area: 422 naming it', async () => {
      const input = technologyInput({ areaCodes: ['no-such.area'] });
      const area = await post(input).expect(422);
      expect(area.body).toMatchObject({
        code: 'technology.unknown_area',
        errors: [{ field: 'areaCodes', message: 'unknown area "no-such.area"' }],
      });
      expect(await countByReference(input.referenceCode as string)).toBe(0);
    });

    it('malformed fields: 400 naming every one', async () => {
      const input = technologyInput({
        trl: 12,
        stage: 'phase-9',
        licenseTypes: ['free'],
        inventors: [{ departmentEn: 'x' }],
        contactEmail: 'nope',
        color: 'red',
      });
      const bad = await post(input).expect(400);
      const fields = bad.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'trl',
          'stage',
          'licenseTypes',
          'inventors[0].nameEn',
          'contactEmail',
          'color',
        ]),
      );
      expect(await countByReference(input.referenceCode as string)).toBe(0);
    });

    it('a malformed patent number: 400 with the expected form', async () => {
      const input = technologyInput({
        patents: [
          { jurisdiction: 'KR', number: '10-2023-0123456', type: 'application', status: 'pending' },
          { jurisdiction: 'US', number: '17/12', type: 'application', status: 'pending' },
        ],
      });
      const badPatent = await post(input).expect(400);
      expect(badPatent.body).toMatchObject({
        code: 'patent.invalid_number',
        errors: [{ field: 'patents[1].number', message: expect.stringContaining('17/123,456') }],
      });
      expect(await countByReference(input.referenceCode as string)).toBe(0);
    });
  });

  describe('lists listings in every status with filters and pagination', () => {
    const marker = `LIST${Date.now().toString(36).toUpperCase()}`;
    const list = async (query: Record<string, unknown>) =>
      (await t.http.get('/api/v1/admin/technologies').query(query).set(bearer(curator)).expect(200))
        .body;
    const codes = (page: { items: { referenceCode: string }[] }) =>
      page.items.map((i) => i.referenceCode);

    // A published listing in an antibody area and a draft elsewhere.
    beforeAll(async () => {
      const a = await create({
        referenceCode: `${marker}-A`,
        areaCodes: ['therapeutics.antibodies'],
      });
      await create({ referenceCode: `${marker}-B` });
      await t.http
        .post(`/api/v1/admin/technologies/${a.id}/publish`)
        .set(bearer(curator))
        .expect(200);
    });

    it('pages in the chosen order, drafts included', async () => {
      const first = await list({ q: marker, perPage: 1, sort: 'referenceCode' });
      expect(first).toMatchObject({ total: 2, page: 1, perPage: 1 });
      expect(first.items[0]).toMatchObject({
        referenceCode: `${marker}-A`,
        status: 'published',
        patentCount: 2,
      });
      const page2 = await list({ q: marker, perPage: 1, page: 2, sort: 'referenceCode' });
      expect(codes(page2)).toEqual([`${marker}-B`]);
    });

    it('filters by status and by area (a level-1 code takes its children)', async () => {
      expect(codes(await list({ q: marker, status: 'draft' }))).toEqual([`${marker}-B`]);
      expect(codes(await list({ q: marker, area: 'therapeutics' }))).toEqual([`${marker}-A`]);
    });

    it.each([
      ['a page too large', { perPage: 101 }],
      ['an unknown status', { status: 'deleted' }],
    ])('refuses %s with 400', async (_what, query) => {
      await t.http.get('/api/v1/admin/technologies').query(query).set(bearer(curator)).expect(400);
    });
  });

  it('records an outbox row for the search index with every change, in the same transaction', async () => {
    const { id } = await create();
    await t.http.post(`/api/v1/admin/technologies/${id}/publish`).set(bearer(curator)).expect(200);
    await t.http
      .patch(`/api/v1/admin/technologies/${id}`)
      .set(bearer(curator))
      .send({ version: 1 })
      .expect(409);
    const rows = await t.db.query(
      `SELECT payload->>'reason' AS reason FROM outbox WHERE topic = 'search' AND aggregate_key = $1 ORDER BY id`,
      [id],
    );
    expect(rows.map((r: { reason: string }) => r.reason)).toEqual(['created', 'publish']);
  });

  it('counts published listings per area publicly, and all listings for curators', async () => {
    const pub = await t.http.get('/api/v1/areas').expect(200);
    const diagnostics = pub.body.items.find((a: { code: string }) => a.code === 'diagnostics');
    expect(diagnostics.children.map((c: { code: string }) => c.code)).toContain(
      'diagnostics.point-of-care',
    );
    const admin = await t.http.get('/api/v1/admin/areas').set(bearer(curator)).expect(200);
    const adminDiagnostics = admin.body.items.find(
      (a: { code: string }) => a.code === 'diagnostics',
    );
    expect(adminDiagnostics.count).toBeGreaterThan(diagnostics.count);
  });
});
