import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import {
  bearer,
  createListing,
  startTestApp,
  technologyInput,
  type TestApp,
} from './support/harness.js';
import { formBody, inquiryInput, validForm } from './support/inquiries.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile input: bodies, bytes and methods are refused at the edge', () => {
  let t: TestApp;
  let curator: string;
  let listing: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({ INQUIRY_RATE_LIMIT: '3' });
    curator = await t.keyFor('curator');
    listing = await createListing(t, curator);
  });
  afterAll(() => t.close());

  const versionOf = async (id: string) =>
    (await t.db.query('SELECT version FROM technology WHERE id = $1', [id]))[0].version as number;

  it('refuses a deeply nested JSON body with 400 before validation, and keeps serving', async () => {
    const deep = `{"titleEn":${nested(2000)}}`;
    const res = await t.http
      .patch(`/api/v1/admin/technologies/${listing.id}`)
      .set(bearer(curator))
      .set('Content-Type', 'application/json')
      .send(deep)
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'common.malformed_body' });
    expect(res.body.detail).toContain('nested deeper than 32');
    // Brackets inside strings are text, not nesting.
    await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(inquiryInput({ message: `Deep thoughts ${'[{'.repeat(500)} about this listing.` }))
      .expect(201);
    const big = `{"a":${nested(400_000)}}`; // ~800 KB, under the size limit
    const [refused, meanwhile] = await Promise.all([
      t.http.post('/api/v1/admin/technologies').set(bearer(curator)).type('json').send(big),
      t.http.get('/health/live'),
    ]);
    expect(refused.status).toBe(400);
    expect(meanwhile.status).toBe(200);
  });

  it('answers NUL bytes with 400 on public and admin routes, in paths, queries and bodies', async () => {
    for (const url of [
      '/api/v1/technologies/lung%00',
      '/api/v1/technologies?q=%00',
      `/api/v1/admin/technologies?q=%00`,
    ]) {
      const res = await t.http.get(url).set(bearer(curator));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const page = await t.http.get('/en/technologies/lung%00').expect(400);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const before = await versionOf(listing.id);
    const patch = await t.http
      .patch(`/api/v1/admin/technologies/${listing.id}`)
      .set(bearer(curator))
      .send({ version: before, titleEn: 'Bad \u0000 title' })
      .expect(400);
    expect(patch.body.errors).toEqual([{ field: 'titleEn', message: 'contains a NUL character' }]);
    expect(await versionOf(listing.id)).toBe(before);
  });

  it('refuses lone surrogates, invalid UTF-8 and prototype keys instead of storing them', async () => {
    const version = await versionOf(listing.id);
    const send = (raw: string | Buffer) =>
      t.http
        .patch(`/api/v1/admin/technologies/${listing.id}`)
        .set(bearer(curator))
        .set('Content-Type', 'application/json')
        .serialize((data: unknown) => data as string) // bytes as they are (not JSON of a Buffer)
        .send(raw as string);
    const surrogate = await send(`{"version":${version},"titleEn":"half \\ud800 a pair"}`).expect(
      400,
    );
    expect(surrogate.body).toMatchObject({ errors: [{ field: 'titleEn' }] });
    const latin1 = Buffer.concat([
      Buffer.from(`{"version":${version},"titleEn":"caf`),
      Buffer.from([0xe9]), // é in Latin-1: not UTF-8
      Buffer.from('"}'),
    ]);
    expect((await send(latin1).expect(400)).body.detail).toContain('not valid UTF-8');
    for (const key of ['__proto__', 'constructor']) {
      const res = await send(`{"version":${version},"${key}":{"status":"published"}}`).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: key });
    }
    await t.http
      .get('/api/v1/technologies?q=%FF%FE')
      .expect(400)
      .expect('Content-Type', /problem\+json/);
    expect(await versionOf(listing.id)).toBe(version);
  });

  it('strips bidi overrides and zero-width characters from titles and names', async () => {
    const res = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(curator))
      .send(
        technologyInput({
          titleEn: 'Invoice\u202Egpj.exe\u200B scanner',
          inventors: [{ nameEn: 'Kim\u200D Su\u2066bin\u2069' }],
        }),
      )
      .expect(201);
    expect(res.body.titleEn).toBe('Invoicegpj.exe scanner');
    expect(res.body.inventors[0].nameEn).toBe('Kim Subin');
  });

  it('answers a body in another media type with 415, counting nothing against the limits', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.http
        .post(`/api/v1/technologies/${listing.slug}/inquiries`)
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify(inquiryInput()))
        .expect(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('common.unsupported_media_type');
    }
    await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(inquiryInput())
      .expect(201);
  });

  it('counts only accepted inquiries against the limit: form mistakes do not use it up', async () => {
    const other = await startTestApp({ INQUIRY_RATE_LIMIT: '2' });
    try {
      const target = await createListing(other, await other.keyFor('curator'));
      for (let i = 0; i < 5; i++) {
        await other.http
          .post(`/en/technologies/${target.slug}/inquiries`)
          .type('form')
          .send(formBody({ ...validForm(`typo${i}`), email: 'not-an-email' }))
          .expect(400);
        await other.http
          .post(`/api/v1/technologies/${target.slug}/inquiries`)
          .send(inquiryInput({ consent: false }))
          .expect(400);
      }
      await other.http
        .post(`/en/technologies/${target.slug}/inquiries`)
        .type('form')
        .send(formBody(validForm('ok-after-typos')))
        .expect(303);
      await other.http
        .post(`/api/v1/technologies/${target.slug}/inquiries`)
        .send(inquiryInput())
        .expect(201);
      await other.http
        .post(`/api/v1/technologies/${target.slug}/inquiries`)
        .send(inquiryInput())
        .expect(429); // the two accepted ones count
    } finally {
      await other.close();
    }
  });

  it('refuses cross-site posts of the public forms', async () => {
    const url = `/en/technologies/${listing.slug}/inquiries`;
    const before = (await t.db.query('SELECT count(*)::int AS n FROM inquiry'))[0].n as number;
    const bySite = await t.http
      .post(url)
      .type('form')
      .set('Sec-Fetch-Site', 'cross-site')
      .send(formBody(validForm('csrf1')))
      .expect(403);
    expect(bySite.headers['content-type']).toMatch(/^text\/html/);
    await t.http
      .post(url)
      .type('form')
      .set('Origin', 'https://evil.example')
      .send(formBody(validForm('csrf2')))
      .expect(403);
    await t.http
      .post('/en/inquiries/INQ-2026-000001/withdraw')
      .type('form')
      .set('Origin', 'https://evil.example')
      .send(formBody({ token: 'x'.repeat(32), confirm: 'yes' }))
      .expect(403);
    expect((await t.db.query('SELECT count(*)::int AS n FROM inquiry'))[0].n).toBe(before);
    // The catalog's own page posting (same origin) goes through.
    await t.http
      .post(url)
      .type('form')
      .set('Sec-Fetch-Site', 'same-origin')
      .set('Origin', t.config.baseUrl)
      .send(formBody(validForm('csrf-ok')))
      .expect(303);
  });

  it('answers an unsupported method on an existing route with 405 and Allow', async () => {
    const res = await t.http.delete('/api/v1/areas').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body).toMatchObject({ status: 405, code: 'common.method_not_allowed' });
    await t.http.put(`/api/v1/admin/technologies/${listing.id}`).set(bearer(curator)).expect(405);
    await t.http.delete('/api/v1/no-such-route').expect(404);
  });

  it('answers trlMin above trlMax with 400, as from after to', async () => {
    const res = await t.http.get('/api/v1/technologies?trlMin=7&trlMax=3').expect(400);
    expect(res.body.errors).toEqual([
      { field: 'trlMax', message: 'trlMax must not be less than trlMin' },
    ]);
    await t.http.get('/ko/technologies?trlMin=7&trlMax=3').expect(400);
    await t.http.get('/api/v1/technologies?trlMin=3&trlMax=3').expect(200);
  });

  it('gives the honeypot a reference in sequence with real ones', async () => {
    const other = await startTestApp();
    try {
      const target = await createListing(other, await other.keyFor('curator'));
      const send = (overrides: Record<string, unknown>) =>
        other.http
          .post(`/api/v1/technologies/${target.slug}/inquiries`)
          .send(inquiryInput(overrides))
          .expect(201);
      const numbers = [
        (await send({})).body.reference,
        (await send({ website: 'https://spam.example' })).body.reference,
        (await send({})).body.reference,
      ].map((r: string) => Number(r.split('-')[2]));
      expect(numbers[1]).toBe(numbers[0] + 1);
      expect(numbers[2]).toBe(numbers[1] + 1);
    } finally {
      await other.close();
    }
  });
});

describe('conditional requests and edits that change nothing', () => {
  let t: TestApp;
  let curator: string;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('gives fetch a 304 although fetch sends Cache-Control: no-cache with If-None-Match', async () => {
    const listing = await createListing(t, curator);
    await t.app.get(OutboxRelay).drain();
    for (const path of [
      `/api/v1/technologies/${listing.slug}`,
      '/api/v1/technologies?q=sepsis',
      `/en/technologies/${listing.slug}`,
    ]) {
      const first = await fetch(`${base}${path}`);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const again = await fetch(`${base}${path}`, {
        headers: { 'If-None-Match': etag, 'Cache-Control': 'no-cache' },
        cache: 'no-cache',
      });
      expect(again.status).toBe(304);
      const changed = await fetch(`${base}${path}`, { headers: { 'If-None-Match': '"other"' } });
      expect(changed.status).toBe(200);
    }
  });

  it('answers a PATCH that changes nothing with 200 and the same version, and no feed entry', async () => {
    const listing = await createListing(t, curator, {
      titleEn: 'Unchanged listing',
      areaCodes: ['diagnostics.point-of-care', 'diagnostics'],
      inventors: [{ nameEn: 'Su-bin Kim', nameKo: '김수빈', departmentEn: 'Radiology' }],
    });
    const url = `/api/v1/admin/technologies/${listing.id}`;
    const current = (await t.http.get(url).set(bearer(curator)).expect(200)).body;
    const feedBefore = (await t.db.query('SELECT count(*)::int AS n FROM technology_change'))[0]
      .n as number;
    const outboxBefore = (await t.db.query('SELECT count(*)::int AS n FROM outbox'))[0].n as number;
    const same = await t.http
      .patch(url)
      .set(bearer(curator))
      .send({
        version: current.version,
        titleEn: ` ${current.titleEn} `, // normalized to what is stored
        trl: current.trl,
        keywords: current.keywords,
        areaCodes: current.areas.map((a: { code: string }) => a.code).reverse(),
        inventors: [{ departmentEn: 'Radiology', nameKo: '김수빈', nameEn: 'Su-bin Kim' }],
      })
      .expect(200);
    expect(same.body.version).toBe(current.version);
    expect((await t.db.query('SELECT count(*)::int AS n FROM technology_change'))[0].n).toBe(
      feedBefore,
    );
    expect((await t.db.query('SELECT count(*)::int AS n FROM outbox'))[0].n).toBe(outboxBefore);
    // A real change still bumps it.
    const changed = await t.http
      .patch(url)
      .set(bearer(curator))
      .send({ version: current.version, trl: current.trl === 9 ? 8 : current.trl + 1 })
      .expect(200);
    expect(changed.body.version).toBe(current.version + 1);
  });

  it('keeps a literal <mark> in stored text as text in API highlights and on the results page', async () => {
    await createListing(t, curator, {
      titleEn: 'Zyxolith <mark>fake</mark> & <b>bold</b> assay',
      summaryEn: 'The zyxolith marker <mark>not a match</mark> in plasma.',
    });
    await t.app.get(OutboxRelay).drain();
    const res = await t.http.get('/api/v1/technologies?q=zyxolith&lang=en').expect(200);
    const h = res.body.items[0].highlight;
    expect(h.titleEn).toBe(
      '<mark>Zyxolith</mark> &lt;mark&gt;fake&lt;/mark&gt; &amp; &lt;b&gt;bold&lt;/b&gt; assay',
    );
    expect(h.summaryEn).toContain('&lt;mark&gt;not a match&lt;/mark&gt;');
    expect(h.summaryEn).toContain('<mark>zyxolith</mark>');
    const page = await t.http.get('/en/technologies?q=zyxolith').expect(200);
    expect(page.text).toContain('<mark>Zyxolith</mark> &lt;mark>fake&lt;/mark> &amp; &lt;b>bold');
    expect(page.text).not.toContain('<mark>fake</mark>');
    expect(page.text).not.toContain('<mark>not a match</mark>');
  });
});

describe('limits for callers without a key, and for slow clients', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({
      PUBLIC_API_RATE_LIMIT: '5',
      PUBLIC_API_RATE_WINDOW_SECONDS: '600',
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2000',
    });
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('limits anonymous API reads per address, with RateLimit headers, while keys keep their own limit', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.http.get('/api/v1/areas').expect(200);
      expect(res.headers['ratelimit-limit']).toBe('5');
      expect(res.headers['ratelimit-remaining']).toBe(String(4 - i));
    }
    const limited = await t.http.get('/api/v1/technologies').expect(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // An integrator key is counted per key (600 a minute by default), not by this address.
    const key = await t.keyFor('integrator');
    const keyed = await t.http.get('/api/v1/areas').set(bearer(key)).expect(200);
    expect(keyed.headers['ratelimit-limit']).toBe('600');
    // Pages for people and the health checks are not API reads.
    await t.http.get('/en').expect(200);
    await t.http.get('/health/live').expect(200);
  });

  it('shares the anonymous count between instances through Postgres', async () => {
    const env = { PUBLIC_API_RATE_LIMIT: '5', PUBLIC_API_RATE_WINDOW_SECONDS: '600' };
    const a = await startTestApp(env);
    const b = await startTestApp(env, { databaseUrl: a.config.databaseUrl });
    try {
      for (let i = 0; i < 3; i++) {
        await a.http.get('/api/v1/areas').expect(200);
        await b.http.get('/api/v1/areas').expect(200);
      }
      // Each instance adds its count to Postgres within a second and takes the total back: the
      // later one hears 6 of 5; the earlier one (which heard 3) learns it at its next flush.
      await new Promise((r) => setTimeout(r, 2500));
      await b.http.get('/api/v1/areas').expect(429);
      await a.http.get('/api/v1/areas');
      await new Promise((r) => setTimeout(r, 2500));
      await a.http.get('/api/v1/areas').expect(429);
      const [row] = await a.db.query(
        `SELECT points FROM rate_limit WHERE key LIKE 'anonymous-api%'`,
      );
      expect(row.points).toBeGreaterThanOrEqual(6);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('cuts off a client that drips its headers or its body (408), instead of holding the socket', async () => {
    const { connect } = await import('node:net');
    const [host, port] = base.split(':');
    const closedAfter = (first: string) =>
      new Promise<{ ms: number; answer: string }>((resolve, reject) => {
        const started = Date.now();
        let answer = '';
        const socket = connect(Number(port), host, () => socket.write(first));
        socket.on('data', (d) => (answer += d.toString()));
        socket.on('close', () => resolve({ ms: Date.now() - started, answer }));
        socket.on('error', reject);
        setTimeout(() => {
          socket.destroy();
          reject(new Error('still open after 15 s'));
        }, 15_000).unref();
      });
    const headers = await closedAfter('GET /api/v1/areas HTTP/1.1\r\nHost: x\r\n');
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeLessThan(5000);
    const body = await closedAfter(
      'POST /api/v1/admin/technologies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"ti',
    );
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeLessThan(6000);
  });
});
