import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { pendingSchemaChanges } from '../src/database/migrate.js';
import { bearer, startTestApp, type TestApp } from './support/harness.js';

interface RouteInfo {
  method: string;
  path: string;
}

/**
 * The API's actual route table, from Express's router (what really answers requests). The web
 * pages (src/web) answer HTML, ignore unknown query parameters as web pages do, and are not part of
 * the API description; test/web-pages.e2e-spec.ts covers them.
 */
function routeTable(t: TestApp): RouteInfo[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const routes: RouteInfo[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    for (const method of Object.keys(layer.route.methods)) {
      if (method === '_all') continue;
      routes.push({ method: method.toUpperCase(), path: layer.route.path });
    }
  }
  // Wildcard entries are middleware (request logger, body parser), not endpoints.
  return routes.filter(
    (r) =>
      /^\/(api|health)\//.test(r.path) && !r.path.startsWith('/api/docs') && !r.path.includes('*'),
  );
}

/** `/api/v1/x/:id` → a concrete URL with a syntactically valid id. */
const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_m, name: string) =>
    name === 'idOrSlug' ? 'some-slug' : '00000000-0000-4000-8000-000000000000',
  );

describe('HTTP contract: errors, limits, headers, docs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://partner.example.com' });
  });
  afterAll(() => t.close());

  it('documents every route of the app in OpenAPI, with an operationId and auth where needed', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(
      doc.paths as Record<
        string,
        Record<
          string,
          { operationId?: string; security?: unknown[]; responses: Record<string, unknown> }
        >
      >,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        documented.add(`${method.toUpperCase()} ${path}`);
        expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
        if (path.includes('/admin/')) {
          expect(op.security).toEqual([{ apiKey: [] }]);
          expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
        }
      }
    }
    const actual = routeTable(t).map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(actual.length).toBeGreaterThan(15);
    expect(actual.filter((r) => !documented.has(r))).toEqual([]);
    expect(doc.components.schemas.ProblemDto).toBeDefined();
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('rejects an unknown query parameter on every route with 400 problem+json', async () => {
    const routes = routeTable(t);
    for (const route of routes) {
      const req = t.http[route.method.toLowerCase() as 'get'](
        `${concrete(route.path)}?bogusParam=1`,
      ).set(bearer(t.adminKey));
      const res = await (route.method === 'GET' || route.method === 'DELETE' ? req : req.send({}));
      expect({
        route: `${route.method} ${route.path}`,
        status: res.status,
        code: res.body.code,
      }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 400,
        code: expect.stringMatching(/^common\.(unknown_query_parameter|validation_failed)$/),
      });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers 413 problem+json for a body over 1 MB, and 400 for malformed JSON, changing nothing', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM technology');
    const big = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(t.adminKey))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ referenceCode: 'BIG-1', summaryEn: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(big.body).toMatchObject({
      status: 413,
      code: 'common.payload_too_large',
      requestId: expect.any(String),
    });

    const malformed = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(t.adminKey))
      .set('Content-Type', 'application/json')
      .send('{"referenceCode":')
      .expect(400);
    expect(malformed.body.code).toBe('common.malformed_body');
    expect(JSON.stringify(malformed.body)).not.toMatch(/at |SyntaxError|Unexpected/);
    const after = await t.db.query('SELECT count(*)::int AS n FROM technology');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers unknown routes with 404 problem+json and never leaks internals', async () => {
    const res = await t.http.get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: '/problems/common-not-found',
      title: 'Not found',
      status: 404,
      detail: expect.any(String),
      code: 'common.not_found',
      instance: '/api/v1/nothing-here',
      requestId: expect.any(String),
    });
  });

  it('sends security headers, no x-powered-by, and echoes a sane request id', async () => {
    const res = await t.http.get('/health/live').set('X-Request-Id', 'trace-abc-12345').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toBe('trace-abc-12345');
    const generated = await t.http
      .get('/health/live')
      .set('X-Request-Id', 'bad id with spaces <script>')
      .expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await t.http
      .options('/api/v1/areas')
      .set('Origin', 'https://partner.example.com')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.com');
    const denied = await t.http
      .get('/api/v1/areas')
      .set('Origin', 'https://evil.example.net')
      .expect(200);
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('reports readiness of Postgres and Meilisearch', async () => {
    const res = await t.http.get('/health/ready').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      checks: {
        postgres: { status: 'up' },
        meilisearch: { status: 'up' },
        outbox: { status: 'up', dead: 0 },
        index: { status: 'up', missing: 0, stale: 0, extra: 0 },
      },
    });
    await t.http.get('/health/live').expect(200, { status: 'ok' });
  });

  it('has migrations that produce exactly the schema the entities describe', async () => {
    const pending = await pendingSchemaChanges(t.config.databaseUrl);
    expect(pending.up).toEqual([]);
  });
});
