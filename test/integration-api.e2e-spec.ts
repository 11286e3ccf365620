import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';

interface Change {
  type: 'published' | 'updated' | 'unpublished';
  id: string;
  slug: string;
  version: number;
}

/** A sync client: follows the feed and applies it to its own copy of the catalog. */
async function follow(
  t: TestApp,
  key: string,
  mirror: Map<string, number>,
  cursor: string | undefined,
  limit = 7,
): Promise<string> {
  for (;;) {
    const res = await t.http
      .get('/api/v1/changes')
      .set(bearer(key))
      .query(cursor ? { since: cursor, limit } : { limit })
      .expect(200);
    for (const change of res.body.items as Change[]) {
      if (change.type === 'unpublished') mirror.delete(change.id);
      else mirror.set(change.id, change.version);
    }
    cursor = res.body.nextCursor as string;
    if (!res.body.hasMore) return cursor;
  }
}

async function publishedSet(t: TestApp): Promise<Map<string, number>> {
  const rows: { id: string; version: number }[] = await t.db.query(
    `SELECT id, version FROM technology WHERE status = 'published'`,
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}

describe('integrator API: change feed', () => {
  let t: TestApp;
  let curator: string;
  let integrator: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    integrator = await t.keyFor('integrator');
  });
  afterAll(() => t.close());

  it('lists published, updated and unpublished changes in order, with a stable opaque cursor', async () => {
    const start = (
      await t.http.get('/api/v1/changes').set(bearer(integrator)).query({ limit: 1000 }).expect(200)
    ).body;
    const draft = await createListing(t, curator, {}, false);
    const a = await createListing(t, curator);
    await t.http
      .patch(`/api/v1/admin/technologies/${a.id}`)
      .set(bearer(curator))
      .send({ trl: 6, version: 2 })
      .expect(200);
    await t.http
      .post(`/api/v1/admin/technologies/${a.id}/archive`)
      .set(bearer(curator))
      .expect(200);
    await t.http
      .patch(`/api/v1/admin/technologies/${draft.id}`)
      .set(bearer(curator))
      .send({ trl: 2, version: 1 })
      .expect(200);

    const page = (
      await t.http
        .get('/api/v1/changes')
        .set(bearer(integrator))
        .query({ since: start.nextCursor })
        .expect(200)
    ).body;
    expect(page.items.map((c: Change) => [c.type, c.id, c.version])).toEqual([
      ['published', a.id, 2],
      ['updated', a.id, 3],
      ['unpublished', a.id, 4],
    ]); // nothing for the draft: the public never saw it
    expect(page.hasMore).toBe(false);
    expect(page.items[0]).toMatchObject({ slug: a.slug, occurredAt: expect.any(String) });
    // Nothing new: the same cursor comes back, to poll with.
    const idle = (
      await t.http
        .get('/api/v1/changes')
        .set(bearer(integrator))
        .query({ since: page.nextCursor })
        .expect(200)
    ).body;
    expect(idle).toEqual({ items: [], nextCursor: page.nextCursor, hasMore: false });

    // Cursors are positions in Postgres: another instance (or this one restarted) honours them.
    const other = await startTestApp({}, { databaseUrl: t.config.databaseUrl });
    try {
      const again = await other.http
        .get('/api/v1/changes')
        .set(bearer(integrator))
        .query({ since: start.nextCursor })
        .expect(200);
      expect(again.body).toEqual(page);
    } finally {
      await other.close();
    }

    for (const bad of ['nope', Buffer.from('chg1:abc').toString('base64url'), 'x'.repeat(201)]) {
      const res = await t.http
        .get('/api/v1/changes')
        .set(bearer(integrator))
        .query({ since: bad })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await t.http.get('/api/v1/changes').set(bearer(integrator)).query({ limit: 1001 }).expect(400);
    await t.http.get('/api/v1/changes').expect(401);
  });

  it('rebuilds exactly the published set by following the feed while a writer publishes, edits and archives', async () => {
    const mirror = new Map<string, number>();
    let cursor = await follow(t, integrator, mirror, undefined);
    const listings = await Promise.all(
      Array.from({ length: 6 }, () => createListing(t, curator, {}, false)),
    );
    let writing = true;
    // Three writers at once (each on its own two listings), so commits interleave.
    const writer = Promise.all(
      [0, 1, 2].map(async (w) => {
        for (let round = 0; round < 20; round++) {
          const { id } = listings[w * 2 + (round % 2)];
          const current = (
            await t.http.get(`/api/v1/admin/technologies/${id}`).set(bearer(curator)).expect(200)
          ).body;
          const action =
            current.status === 'draft'
              ? round % 3 === 0
                ? 'archive'
                : 'publish'
              : current.status === 'published'
                ? ['edit', 'unpublish', 'archive'][round % 3]
                : 'restore';
          const req =
            action === 'edit'
              ? t.http.patch(`/api/v1/admin/technologies/${id}`).send({ trl: 1 + (round % 9) })
              : t.http.post(`/api/v1/admin/technologies/${id}/${action}`);
          await req.set(bearer(curator)).set('If-Match', `"${current.version}"`).expect(200);
        }
      }),
    ).finally(() => (writing = false));
    while (writing) cursor = await follow(t, integrator, mirror, cursor, 3);
    await writer;
    await follow(t, integrator, mirror, cursor, 3);
    expect(mirror).toEqual(await publishedSet(t));
  });

  describe('answers conditional requests with 304', () => {
    it('on a listing, until it changes', async () => {
      const { id, slug } = await createListing(t, curator);
      const first = await t.http.get(`/api/v1/technologies/${slug}`).expect(200);
      expect(first.headers.etag).toBe('"2"');
      expect(first.body).toMatchObject({ version: 2, updatedAt: expect.any(String) });
      const lastModified = first.headers['last-modified'];
      expect(new Date(lastModified).getTime()).toBeLessThanOrEqual(Date.now());
      await t.http.get(`/api/v1/technologies/${slug}`).set('If-None-Match', '"2"').expect(304);
      await t.http
        .get(`/api/v1/technologies/${id}`)
        .set('If-Modified-Since', lastModified)
        .expect(304);
      await t.http
        .patch(`/api/v1/admin/technologies/${id}`)
        .set(bearer(curator))
        .send({ trl: 7, version: 2 })
        .expect(200);
      const changed = await t.http
        .get(`/api/v1/technologies/${slug}`)
        .set('If-None-Match', '"2"')
        .expect(200);
      expect(changed.body.version).toBe(3);
    });

    it('on a list, until the catalog changes', async () => {
      await createListing(t, curator);
      await t.app.get(OutboxRelay).drain();
      const page = () => t.http.get('/api/v1/technologies').query({ perPage: 5 });
      const list = await page().expect(200);
      expect(list.headers.etag).toBeDefined();
      expect(list.headers['last-modified']).toBeDefined();
      expect(list.body.items[0]).toMatchObject({
        version: expect.any(Number),
        updatedAt: expect.any(String),
      });
      await page().set('If-None-Match', list.headers.etag).expect(304);
      await page().set('If-Modified-Since', list.headers['last-modified']).expect(304);
      // The catalog changes (a second later: HTTP dates count whole seconds): modified since.
      await new Promise((r) => setTimeout(r, 1100));
      await createListing(t, curator);
      await t.app.get(OutboxRelay).drain(); // searchable (and cached answers dropped)
      await page().set('If-Modified-Since', list.headers['last-modified']).expect(200);
    });
  });

  it('bulk-reads whole listings for sync with a cursor stable under concurrent edits', async () => {
    const fresh = await startTestApp();
    try {
      const key = await fresh.keyFor('curator');
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await createListing(fresh, key)).id);
      const seen: { id: string; version: number }[] = [];
      let cursor: string | undefined;
      let changesCursor: string | undefined;
      let page = 0;
      do {
        const res = await fresh.http
          .get('/api/v1/technologies')
          .query(
            cursor ? { cursor, perPage: 3 } : { updatedSince: '2000-01-01T00:00:00Z', perPage: 3 },
          )
          .expect(200);
        changesCursor ??= res.body.changesCursor;
        for (const item of res.body.items) seen.push({ id: item.id, version: item.version });
        expect(res.body.items[0]).toMatchObject({
          patents: expect.any(Array),
          areas: expect.any(Array),
        });
        cursor = res.body.hasMore ? res.body.nextCursor : undefined;
        if (page++ === 0) {
          // While the client pages: edit one it has seen, archive one it has not.
          await fresh.http
            .patch(`/api/v1/admin/technologies/${ids[0]}`)
            .set(bearer(key))
            .send({ trl: 8, version: 2 })
            .expect(200);
          await fresh.http
            .post(`/api/v1/admin/technologies/${ids[6]}/archive`)
            .set(bearer(key))
            .expect(200);
        }
      } while (cursor);
      // Every listing still published came, none twice in the same version; the edited one again, newer.
      const pairs = seen.map((s) => `${s.id}@${s.version}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(new Set(seen.map((s) => s.id))).toEqual(new Set(ids.slice(0, 6)));
      expect(seen.filter((s) => s.id === ids[0]).map((s) => s.version)).toEqual([2, 3]);
      // Then the feed from the first page's position tells about the archive.
      const feed = (
        await fresh.http
          .get('/api/v1/changes')
          .set(bearer(key))
          .query({ since: changesCursor })
          .expect(200)
      ).body;
      expect(feed.items.map((c: Change) => [c.type, c.id])).toEqual([
        ['updated', ids[0]],
        ['unpublished', ids[6]],
      ]);

      const later = await fresh.http
        .get('/api/v1/technologies')
        .query({ updatedSince: new Date(Date.now() + 60_000).toISOString() })
        .expect(200);
      expect(later.body.items).toEqual([]);
      const mixed = await fresh.http
        .get('/api/v1/technologies')
        .query({ updatedSince: '2020-01-01T00:00:00Z', q: 'x', sort: 'newest' })
        .expect(400);
      expect(mixed.body.errors.map((e: { field: string }) => e.field)).toEqual(['q', 'sort']);
      await fresh.http.get('/api/v1/technologies').query({ cursor: 'garbage!' }).expect(400);
      await fresh.http.get('/api/v1/technologies').query({ updatedSince: 'yesterday' }).expect(400);
    } finally {
      await fresh.close();
    }
  });

  it('limits each integrator key, on its own routes and on public ones, with RateLimit headers', async () => {
    const limited = await startTestApp({
      INTEGRATOR_RATE_LIMIT: '3',
      INTEGRATOR_RATE_WINDOW_SECONDS: '120',
    });
    try {
      const [one, two] = [await limited.keyFor('integrator'), await limited.keyFor('integrator')];
      for (let i = 0; i < 2; i++) {
        const res = await limited.http.get('/api/v1/changes').set(bearer(one)).expect(200);
        expect(res.headers['ratelimit-limit']).toBe('3');
        expect(res.headers['ratelimit-remaining']).toBe(String(2 - i));
        expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThan(0);
      }
      await limited.http.get('/api/v1/areas').set(bearer(one)).expect(200); // public, but counted
      const over = await limited.http.get('/api/v1/changes').set(bearer(one)).expect(429);
      expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(over.body).toMatchObject({ code: 'common.rate_limited', status: 429 });
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      await limited.http.get('/api/v1/areas').set(bearer(one)).expect(429);
      // Other keys and anonymous readers are not affected; a bad key is refused even on public routes.
      await limited.http.get('/api/v1/changes').set(bearer(two)).expect(200);
      const anonymous = await limited.http.get('/api/v1/areas').expect(200);
      // Readers without a key have their own per-address limit, not the integrator's.
      expect(anonymous.headers['ratelimit-limit']).toBe(
        String(limited.config.anonymousRateLimit.points),
      );
      await limited.http
        .get('/api/v1/areas')
        .set(bearer('htc_not_a_real_key_at_all_0000'))
        .expect(401);
      // Integrator keys read only.
      await limited.http.post('/api/v1/admin/technologies').set(bearer(two)).send({}).expect(403);
    } finally {
      await limited.close();
    }
  });
});
