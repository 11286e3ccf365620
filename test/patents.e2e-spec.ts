import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { bearer, startTestApp, technologyInput, type TestApp } from './support/harness.js';

describe('patents of a listing', () => {
  let t: TestApp;
  let curator: string;
  let technologyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const res = await t.http
      .post('/api/v1/admin/technologies')
      .set(bearer(curator))
      .send(technologyInput({ patents: [] }))
      .expect(201);
    technologyId = res.body.id;
  });

  const patentsUrl = () => `/api/v1/admin/technologies/${technologyId}/patents`;

  it('adds patents typed in any common form, stores one normalized number, and bumps the listing version', async () => {
    const added = await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({
        jurisdiction: 'US',
        number: ' US 11,234,567 b2 ',
        type: 'grant',
        status: 'granted',
        grantDate: '2024-03-05',
        familyId: 'FAM-9',
      })
      .expect(201);
    expect(added.body).toMatchObject({
      jurisdiction: 'US',
      numberRaw: 'US 11,234,567 b2',
      numberNormalized: 'US11234567',
      numberDisplay: '11,234,567',
      kindCode: 'B2',
      type: 'grant',
      status: 'granted',
      grantDate: '2024-03-05',
    });
    await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({ jurisdiction: 'EP', number: 'EP3123456', type: 'publication', status: 'pending' })
      .expect(201);
    const listing = await t.http
      .get(`/api/v1/admin/technologies/${technologyId}`)
      .set(bearer(curator))
      .expect(200);
    expect(listing.body.version).toBe(3);
    expect(
      listing.body.patents.map((p: { numberNormalized: string }) => p.numberNormalized).sort(),
    ).toEqual(['EP3123456', 'US11234567']);
  });

  it('refuses the same patent twice (in another spelling) with 409', async () => {
    await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({
        jurisdiction: 'KR',
        number: '10-2023-0123456',
        type: 'application',
        status: 'pending',
      })
      .expect(201);
    const dup = await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({ jurisdiction: 'KR', number: '1020230123456', type: 'application', status: 'pending' })
      .expect(409);
    expect(dup.body.code).toBe('patent.duplicate');
  });

  it.each([
    ['KR', '10-2023-01234', 'application'],
    ['US', '17/123,456', 'grant'],
    ['PCT', 'PCT/2023/1', 'application'],
    ['EP', 'EP 12', 'publication'],
  ])('rejects %s %s (%s) with 400 naming the expected form', async (jurisdiction, number, type) => {
    const res = await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({ jurisdiction, number, type, status: 'pending' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'patent.invalid_number',
      errors: [{ field: 'number', message: expect.stringMatching(/use /) }],
    });
    const listing = await t.http
      .get(`/api/v1/admin/technologies/${technologyId}`)
      .set(bearer(curator))
      .expect(200);
    expect(listing.body).toMatchObject({ version: 1, patents: [] });
  });

  it('rejects unknown offices, statuses and impossible dates', async () => {
    const res = await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({
        jurisdiction: 'XX',
        number: '1',
        type: 'patent',
        status: 'alive',
        filingDate: '2023-02-30',
      })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['jurisdiction', 'type', 'status', 'filingDate']),
    );
  });

  it('updates a patent (renumbering re-normalizes) and removes it', async () => {
    const added = await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .send({
        jurisdiction: 'KR',
        number: '10-2023-0123456',
        type: 'application',
        status: 'pending',
      })
      .expect(201);
    const granted = await t.http
      .patch(`${patentsUrl()}/${added.body.id}`)
      .set(bearer(curator))
      .send({
        number: 'KR 10-2456789 B1',
        type: 'grant',
        status: 'granted',
        grantDate: '2025-01-02',
      })
      .expect(200);
    expect(granted.body).toMatchObject({
      numberNormalized: 'KR102456789',
      type: 'grant',
      status: 'granted',
      kindCode: 'B1',
      grantDate: '2025-01-02',
    });
    const bad = await t.http
      .patch(`${patentsUrl()}/${added.body.id}`)
      .set(bearer(curator))
      .send({ number: '10-2023-0123456' })
      .expect(400);
    expect(bad.body.code).toBe('patent.invalid_number');

    await t.http.delete(`${patentsUrl()}/${added.body.id}`).set(bearer(curator)).expect(204);
    await t.http.delete(`${patentsUrl()}/${added.body.id}`).set(bearer(curator)).expect(404);
    const listing = await t.http
      .get(`/api/v1/admin/technologies/${technologyId}`)
      .set(bearer(curator))
      .expect(200);
    expect(listing.body).toMatchObject({ patents: [], version: 4 });
  });

  it('honours If-Match on patent writes and answers 404 for an unknown listing or patent', async () => {
    const stale = await t.http
      .post(patentsUrl())
      .set(bearer(curator))
      .set('If-Match', '"7"')
      .send({ jurisdiction: 'JP', number: '2023-123456', type: 'application', status: 'pending' })
      .expect(409);
    expect(stale.body.currentVersion).toBe(1);
    await t.http
      .post('/api/v1/admin/technologies/00000000-0000-4000-8000-000000000000/patents')
      .set(bearer(curator))
      .send({ jurisdiction: 'JP', number: '2023-123456', type: 'application', status: 'pending' })
      .expect(404);
    await t.http
      .patch(`${patentsUrl()}/00000000-0000-4000-8000-000000000000`)
      .set(bearer(curator))
      .send({ status: 'granted' })
      .expect(404);
    await t.http.delete(`${patentsUrl()}/not-a-uuid`).set(bearer(curator)).expect(400);
  });
});
