import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { bearer, startTestApp, technologyInput, type TestApp } from './support/harness.js';

describe('API keys and roles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows a new key once, stores only its hash and a visible prefix', async () => {
    const res = await t.http
      .post('/api/v1/admin/api-keys')
      .set(bearer(t.adminKey))
      .send({ name: ' Partner portal ', role: 'integrator' })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'Partner portal', role: 'integrator', revokedAt: null });
    expect(res.body.key).toMatch(/^htc_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{32}$/);
    expect(res.body.key.startsWith(res.body.prefix)).toBe(true);

    const [row] = await t.db.query('SELECT * FROM api_key WHERE id = $1', [res.body.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(res.body.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(res.body.key);

    const list = await t.http
      .get('/api/v1/admin/api-keys')
      .query({ perPage: 100 })
      .set(bearer(t.adminKey))
      .expect(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === res.body.id);
    expect(listed).toMatchObject({ prefix: res.body.prefix, role: 'integrator' });
    expect(listed).not.toHaveProperty('key');
    expect(JSON.stringify(list.body)).not.toContain(res.body.key);
  });

  it('answers 401 for a missing, malformed, unknown or revoked key', async () => {
    const url = '/api/v1/admin/technologies';
    for (const header of [undefined, 'Basic abc', 'Bearer', 'Bearer htc_unknownkeyunknownkey']) {
      const req = t.http.get(url);
      if (header) void req.set('Authorization', header);
      const res = await req.expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('common.unauthenticated');
    }
    const key = await t.keyFor('curator');
    const { body } = await t.http
      .get('/api/v1/admin/api-keys')
      .query({ perPage: 100 })
      .set(bearer(t.adminKey))
      .expect(200);
    const id = body.items.find((k: { prefix: string }) => key.startsWith(k.prefix)).id;
    await t.http.get(url).set(bearer(key)).expect(200);
    const revoked = await t.http
      .delete(`/api/v1/admin/api-keys/${id}`)
      .set(bearer(t.adminKey))
      .expect(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    await t.http.get(url).set(bearer(key)).expect(401);
    // Revoking again is harmless and keeps the first revocation time.
    const again = await t.http
      .delete(`/api/v1/admin/api-keys/${id}`)
      .set(bearer(t.adminKey))
      .expect(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    await t.http
      .delete('/api/v1/admin/api-keys/00000000-0000-4000-8000-000000000000')
      .set(bearer(t.adminKey))
      .expect(404);
  });

  it('answers 403 when the key lacks the role: integrators are read-only, curators cannot manage keys', async () => {
    const integrator = await t.keyFor('integrator');
    const curator = await t.keyFor('curator');
    const created = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(curator))
      .send(technologyInput())
      .expect(201);

    const denied = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(integrator))
      .send(technologyInput())
      .expect(403);
    expect(denied.body).toMatchObject({ code: 'common.forbidden', status: 403 });
    await t.http.get('/api/v1/admin/technologies').set(bearer(integrator)).expect(403);
    await t.http
      .get(`/api/v1/admin/technologies/${created.body.id}`)
      .set(bearer(integrator))
      .expect(403);
    await t.http
      .post(`/api/v1/admin/technologies/${created.body.id}/publish`)
      .set(bearer(integrator))
      .expect(403);
    await t.http
      .post('/api/v1/admin/api-keys')
      .set(bearer(curator))
      .send({ name: 'x', role: 'admin' })
      .expect(403);
    await t.http.get('/api/v1/admin/api-keys').set(bearer(integrator)).expect(403);

    // Integrators still read the public catalog; the draft stays invisible (404) to them.
    await t.http.get(`/api/v1/technologies/${created.body.id}`).set(bearer(integrator)).expect(404);
    await t.http.get('/api/v1/areas').set(bearer(integrator)).expect(200);
  });

  it('validates key creation input', async () => {
    const res = await t.http
      .post('/api/v1/admin/api-keys')
      .set(bearer(t.adminKey))
      .send({ name: '', role: 'root', extra: true })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'name',
      'role',
    ]);
  });

  it('records when a key was last used', async () => {
    const key = await t.keyFor('curator');
    await t.http.get('/api/v1/admin/areas').set(bearer(key)).expect(200);
    const { body } = await t.http
      .get('/api/v1/admin/api-keys')
      .query({ perPage: 100 })
      .set(bearer(t.adminKey))
      .expect(200);
    expect(body.items.find((k: { prefix: string }) => key.startsWith(k.prefix)).lastUsedAt).toEqual(
      expect.any(String),
    );
  });
});
