import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
});
