import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allowedTransitions } from '../src/inquiries/inquiry-workflow.js';
import { INQUIRY_PIPELINE, INQUIRY_STATUSES } from '../src/inquiries/inquiry.types.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { advance, inquiryInput, sendInquiry } from './support/inquiries.js';

describe('inquiries: partner intake and the TTO workflow', () => {
  let t: TestApp;
  let curator: string;
  let listing: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({
      DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'catalog-inquiries-')),
      INQUIRY_RATE_LIMIT: '10000',
      TTO_EMAIL: 'tto@hanbit-hospital.example',
    });
    curator = await t.keyFor('curator');
    listing = await createListing(t, curator, { titleKo: '패혈증 신속 진단 키트' });
  });
  afterAll(() => t.close());

  const adminGet = (reference: string) =>
    t.http.get(`/api/v1/admin/inquiries/${reference}`).set(bearer(curator));

  it('takes an inquiry from the public form all the way to licensed', async () => {
    const res = await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(inquiryInput({ language: 'ko', phone: '+1 617 555 0100' }))
      .expect(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ status: 'new', duplicate: false });
    expect(res.body.reference).toMatch(new RegExp(`^INQ-${new Date().getUTCFullYear()}-\\d{6}$`));
    const statusUrl = new URL(res.body.statusUrl);
    // The partner follows it on the web status page, in the language they wrote in.
    expect(statusUrl.pathname).toBe(`/ko/inquiries/${res.body.reference}`);
    const token = statusUrl.searchParams.get('token')!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const ref = res.body.reference as string;

    // The token is stored hashed only.
    const [row] = await t.db.query('SELECT token_hash FROM inquiry WHERE reference = $1', [ref]);
    expect(row.token_hash).not.toContain(token);
    expect(JSON.stringify(await t.db.query('SELECT * FROM inquiry'))).not.toContain(token);

    // The office sees it, with the partner's details and the creation in its history.
    const detail = (await adminGet(ref).expect(200)).body;
    expect(detail).toMatchObject({
      reference: ref,
      status: 'new',
      version: 1,
      language: 'ko',
      phone: '+1 617 555 0100',
      technology: { id: listing.id, slug: listing.slug },
      allowedTransitions: ['triaged', 'declined'],
      history: [expect.objectContaining({ type: 'created', actor: 'partner', toStatus: 'new' })],
    });

    // Assign, note, message, then walk the pipeline; each step recorded with who did it.
    await t.http
      .patch(`/api/v1/admin/inquiries/${ref}`)
      .set(bearer(curator))
      .send({ assignee: 'Kim Min-ji', version: detail.version })
      .expect(200);
    const v = (
      await t.http
        .post(`/api/v1/admin/inquiries/${ref}/notes`)
        .set(bearer(curator))
        .send({ body: 'Big pharma; check field exclusivity first.' })
        .expect(201)
    ).body.version as number;
    await t.http
      .post(`/api/v1/admin/inquiries/${ref}/messages`)
      .set(bearer(curator))
      .set('If-Match', `"${v}"`)
      .send({ body: '문의 감사합니다. 다음 주에 연락드리겠습니다.' })
      .expect(201);
    const done = await advance(t, curator, ref, INQUIRY_PIPELINE.slice(1));
    expect(done).toMatchObject({
      status: 'licensed',
      allowedTransitions: [],
      assignee: 'Kim Min-ji',
    });
    expect(done.closedAt).not.toBeNull();
    expect(done.firstResponseAt).not.toBeNull();
    const history = done.history as {
      type: string;
      actor: string;
      actorName: string;
      toStatus: string;
    }[];
    expect(history.map((e) => e.type)).toEqual([
      'created',
      'assigned',
      'note',
      'message',
      ...INQUIRY_PIPELINE.slice(1).map(() => 'status_changed'),
    ]);
    expect(
      history.slice(1).every((e) => e.actor === 'staff' && e.actorName === 'test curator'),
    ).toBe(true);

    // The partner's view: status and shared history, never the note, assignee or contact data.
    const view = await t.http.get(`/api/v1/inquiries/${ref}`).query({ token }).expect(200);
    expect(view.headers['cache-control']).toBe('no-store');
    expect(view.body).toMatchObject({
      reference: ref,
      status: 'licensed',
      statusLabel: { ko: '라이선스 체결', en: 'Licensed' },
      open: false,
      technology: { slug: listing.slug, titleKo: '패혈증 신속 진단 키트' },
    });
    expect(view.body.history.map((h: { status: string | null }) => h.status)).toEqual([
      'new',
      null,
      ...INQUIRY_PIPELINE.slice(1),
    ]);
    expect(view.body.history[1]).toMatchObject({ type: 'message', author: 'office' });
    const seen = JSON.stringify(view.body);
    for (const secret of [
      'field exclusivity',
      'Kim Min-ji',
      'jane.',
      'Charles River',
      '555 0100',
    ]) {
      expect(seen).not.toContain(secret);
    }
  });

  it('refuses every illegal transition with 409 naming the allowed ones', async () => {
    for (let depth = 0; depth < INQUIRY_PIPELINE.length; depth++) {
      const { reference } = await sendInquiry(t, listing.slug);
      const at = await advance(t, curator, reference, INQUIRY_PIPELINE.slice(1, depth + 1));
      const from = INQUIRY_PIPELINE[depth];
      const allowed = allowedTransitions(from, 'staff');
      for (const to of INQUIRY_STATUSES.filter((s) => !allowed.includes(s))) {
        const res = await t.http
          .post(`/api/v1/admin/inquiries/${reference}/transitions`)
          .set(bearer(curator))
          .send({
            status: to,
            version: at.version,
            ...(to === 'declined' ? { declineReason: 'other', declineNote: 'x' } : {}),
          })
          .expect(409);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({
          code: 'inquiry.illegal_transition',
          currentStatus: from,
          allowedTransitions: allowed,
        });
      }
      expect((await adminGet(reference).expect(200)).body.version).toBe(at.version); // unchanged
    }
    // Declined and withdrawn are terminal too.
    const declined = await sendInquiry(t, listing.slug);
    const d = await advance(t, curator, declined.reference, ['declined'], {
      declineReason: 'field_exclusive_granted',
    });
    await t.http
      .post(`/api/v1/admin/inquiries/${declined.reference}/transitions`)
      .set(bearer(curator))
      .send({ status: 'triaged', version: d.version })
      .expect(409);
  });

  it('needs a reason to decline (and a note for "other"), shows the partner the reason but not the note', async () => {
    const { reference, token } = await sendInquiry(t, listing.slug);
    const v = (await adminGet(reference)).body.version as number;
    const post = (body: Record<string, unknown>) =>
      t.http
        .post(`/api/v1/admin/inquiries/${reference}/transitions`)
        .set(bearer(curator))
        .send({ version: v, ...body });
    expect((await post({ status: 'declined' }).expect(400)).body.errors).toEqual([
      expect.objectContaining({ field: 'declineReason' }),
    ]);
    expect(
      (await post({ status: 'declined', declineReason: 'other' }).expect(400)).body.errors,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'declineNote' })]));
    await post({ status: 'triaged', declineReason: 'no_response' }).expect(400);
    const declined = (
      await post({
        status: 'declined',
        declineReason: 'other',
        declineNote: 'Competitor of our licensee.',
      }).expect(200)
    ).body;
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'other' });
    const view = (await t.http.get(`/api/v1/inquiries/${reference}`).query({ token }).expect(200))
      .body;
    expect(view).toMatchObject({ status: 'declined', declineReason: 'other', open: false });
    expect(JSON.stringify(view)).not.toContain('Competitor');
  });

  it('uses optimistic locking like listings: stale → 409 with the current version, none → 400', async () => {
    const { reference } = await sendInquiry(t, listing.slug);
    await t.http
      .post(`/api/v1/admin/inquiries/${reference}/transitions`)
      .set(bearer(curator))
      .send({ status: 'triaged' })
      .expect(400)
      .expect((r) => expect(r.body.code).toBe('inquiry.version_required'));
    await advance(t, curator, reference, ['triaged']);
    const stale = await t.http
      .patch(`/api/v1/admin/inquiries/${reference}`)
      .set(bearer(curator))
      .set('If-Match', '"1"')
      .send({ assignee: 'Lee' })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'inquiry.version_conflict', currentVersion: 2 });
    // A note or message only appends, so it needs no version (but a stale one is still refused).
    await t.http
      .post(`/api/v1/admin/inquiries/${reference}/notes`)
      .set(bearer(curator))
      .send({ body: 'ok' })
      .expect(201);
    await t.http
      .post(`/api/v1/admin/inquiries/${reference}/notes`)
      .set(bearer(curator))
      .send({ body: 'stale', version: 1 })
      .expect(409);
  });

  it('lets the partner write and withdraw with the token, and nothing after closing', async () => {
    const { reference, token } = await sendInquiry(t, listing.slug);
    const msg = await t.http
      .post(`/api/v1/inquiries/${reference}/messages`)
      .send({ token, message: 'We can also share our data package.' })
      .expect(201);
    expect(msg.body.history.at(-1)).toMatchObject({
      type: 'message',
      author: 'partner',
      message: 'We can also share our data package.',
    });
    const withdrawn = await t.http
      .post(`/api/v1/inquiries/${reference}/withdraw`)
      .send({ token, message: 'Our priorities changed.' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', open: false });
    await t.http.post(`/api/v1/inquiries/${reference}/withdraw`).send({ token }).expect(409);
    await t.http
      .post(`/api/v1/inquiries/${reference}/messages`)
      .send({ token, message: 'again' })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('inquiry.closed'));
    const detail = (await adminGet(reference).expect(200)).body;
    expect(detail.history.slice(-3)).toEqual([
      expect.objectContaining({ type: 'message', actor: 'partner' }),
      expect.objectContaining({ type: 'status_changed', actor: 'partner', toStatus: 'withdrawn' }),
      expect.objectContaining({
        type: 'message',
        actor: 'partner',
        body: 'Our priorities changed.',
      }),
    ]);
    // Staff cannot withdraw for the partner, nor move a withdrawn inquiry.
    const open = await sendInquiry(t, listing.slug);
    const res = await t.http
      .post(`/api/v1/admin/inquiries/${open.reference}/transitions`)
      .set(bearer(curator))
      .send({ status: 'withdrawn', version: 1 })
      .expect(409);
    expect(res.body.detail).toMatch(/Only the partner/);
  });

  it('shows an inquiry only to its token holder and the office (BOLA)', async () => {
    const a = await sendInquiry(t, listing.slug);
    const b = await sendInquiry(t, listing.slug);
    const wrongToken = await t.http
      .get(`/api/v1/inquiries/${a.reference}`)
      .query({ token: b.token })
      .expect(404);
    const unknownRef = await t.http
      .get(`/api/v1/inquiries/INQ-2001-000001`)
      .query({ token: a.token })
      .expect(404);
    const garbage = await t.http
      .get(`/api/v1/inquiries/not-a-reference`)
      .query({ token: a.token })
      .expect(404);
    // The same answer whatever was wrong: nothing to learn about which references exist.
    for (const r of [unknownRef, garbage]) {
      expect({ ...r.body, instance: undefined, requestId: undefined }).toEqual({
        ...wrongToken.body,
        instance: undefined,
        requestId: undefined,
      });
    }
    await t.http
      .post(`/api/v1/inquiries/${a.reference}/withdraw`)
      .send({ token: b.token })
      .expect(404);
    await t.http
      .post(`/api/v1/inquiries/${a.reference}/messages`)
      .send({ token: b.token, message: 'hijack' })
      .expect(404);
    await t.http.get(`/api/v1/inquiries/${a.reference}`).expect(400); // no token at all

    const integrator = await t.keyFor('integrator');
    await t.http.get('/api/v1/admin/inquiries').set(bearer(integrator)).expect(403);
    await t.http.get(`/api/v1/admin/inquiries/${a.reference}`).set(bearer(integrator)).expect(403);
    await t.http
      .get('/api/v1/admin/inquiries/export?from=2020-01-01&to=2099-01-01')
      .set(bearer(integrator))
      .expect(403);
    await t.http.get(`/api/v1/admin/inquiries/${a.reference}`).expect(401);
    // An integrator key on the partner route is no substitute for the token.
    await t.http
      .get(`/api/v1/inquiries/${a.reference}`)
      .set(bearer(integrator))
      .query({ token: b.token })
      .expect(404);
    // The one being asked about is still intact.
    expect((await adminGet(a.reference).expect(200)).body.status).toBe('new');
  });

  it('accepts inquiries on published listings only', async () => {
    const draft = await createListing(t, curator, {}, false);
    await t.http
      .post(`/api/v1/technologies/${draft.slug}/inquiries`)
      .send(inquiryInput())
      .expect(404);
    const archived = await createListing(t, curator);
    await t.http
      .post(`/api/v1/admin/technologies/${archived.id}/archive`)
      .set(bearer(curator))
      .expect(200);
    await t.http
      .post(`/api/v1/technologies/${archived.slug}/inquiries`)
      .send(inquiryInput())
      .expect(404);
    await t.http
      .post(`/api/v1/technologies/${archived.id}/inquiries`)
      .send(inquiryInput())
      .expect(404);
  });

  it('validates and normalizes the form, keeping HTML as plain text', async () => {
    const res = await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(
        inquiryInput({
          consent: false,
          country: 'USA',
          email: 'nope',
          interest: 'buy',
          message: 'hi',
          extra: 1,
        }),
      )
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['consent', 'country', 'email', 'extra', 'interest', 'message'].sort(),
    );
    expect(
      await t.db.query('SELECT count(*)::int AS n FROM inquiry WHERE email = $1', ['nope']),
    ).toEqual([{ n: 0 }]);

    // A NUL is refused at the edge (Postgres cannot store it); other controls are dropped.
    const nul = await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(inquiryInput({ name: 'Jane\u0000Park' }))
      .expect(400);
    expect(nul.body.errors).toEqual([{ field: 'name', message: 'contains a NUL character' }]);
    const html = '<script>alert("x")</script>\r\n\r\n\r\n<b>Bold</b> interest   ';
    const sent = await sendInquiry(t, listing.slug, {
      name: '  Jane\u0007\u200b   Park ',
      email: '  Jane.Park.NORMAL@Biotech.Example ',
      country: ' us ',
      message: html,
    });
    const detail = (await adminGet(sent.reference).expect(200)).body;
    expect(detail).toMatchObject({
      name: 'Jane Park',
      email: 'jane.park.normal@biotech.example',
      country: 'US',
      message: '<script>alert("x")</script>\n\n<b>Bold</b> interest',
    });
  });

  it('discards honeypot submissions silently', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM inquiry');
    const mailsBefore = await t.db.query('SELECT count(*)::int AS n FROM mail_message');
    const res = await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(inquiryInput({ website: 'http://spam.example' }))
      .expect(201);
    expect(res.body).toMatchObject({ status: 'new', duplicate: false });
    expect(res.body.reference).toMatch(/^INQ-\d{4}-\d{6}$/);
    expect(await t.db.query('SELECT count(*)::int AS n FROM inquiry')).toEqual(before);
    expect(await t.db.query('SELECT count(*)::int AS n FROM mail_message')).toEqual(mailsBefore);
    const token = new URL(res.body.statusUrl).searchParams.get('token');
    await t.http.get(`/api/v1/inquiries/${res.body.reference}`).query({ token }).expect(404);
  });

  it('answers a repeated submission with the existing reference instead of a new inquiry', async () => {
    const input = inquiryInput();
    const first = await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send(input)
      .expect(201);
    const again = await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send({
        ...input,
        email: String(input.email).toUpperCase(),
        message: `  ${String(input.message).replace(/ /g, '  ')}\n`,
      })
      .expect(200);
    expect(again.body).toEqual({
      reference: first.body.reference,
      status: 'new',
      statusUrl: null,
      duplicate: true,
    });
    // Two at once (a double click) also make one.
    const twins = await Promise.all(
      [1, 2].map(() =>
        t.http
          .post(`/api/v1/technologies/${listing.slug}/inquiries`)
          .send({ ...input, message: 'Both at once, same words.' }),
      ),
    );
    expect(twins.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(new Set(twins.map((r) => r.body.reference)).size).toBe(1);
    // Another message is another inquiry.
    await t.http
      .post(`/api/v1/technologies/${listing.slug}/inquiries`)
      .send({ ...input, message: 'A different question about sublicensing.' })
      .expect(201);
  });

  describe('lists with filters and pages for the office', () => {
    let other: { id: string; slug: string };
    let org: string;
    const sent: Awaited<ReturnType<typeof sendInquiry>>[] = [];
    const list = (query: Record<string, unknown>) =>
      t.http
        .get('/api/v1/admin/inquiries')
        .set(bearer(curator))
        .query(query)
        .expect(200)
        .then((r) => r.body);
    const refs = (page: { items: { reference: string }[] }) => page.items.map((i) => i.reference);

    // Three inquiries on one listing: one triaged, one assigned, one untouched.
    beforeAll(async () => {
      other = await createListing(t, curator);
      org = `Filter Org ${Date.now()}`;
      for (let i = 0; i < 3; i++)
        sent.push(await sendInquiry(t, other.slug, { organization: org }));
      await advance(t, curator, sent[0].reference, ['triaged']);
      const assigned = (await adminGet(sent[1].reference)).body;
      await t.http
        .patch(`/api/v1/admin/inquiries/${sent[1].reference}`)
        .set(bearer(curator))
        .send({ assignee: 'Park', version: assigned.version })
        .expect(200);
    });

    it('filters by listing, status, assignee, text and dates', async () => {
      const all = await list({ technologyId: other.id });
      expect(all.total).toBe(3);
      expect(refs(all)).toEqual(sent.map((s) => s.reference).reverse());
      expect((await list({ technologyId: other.id, status: 'triaged' })).items).toHaveLength(1);
      expect((await list({ technologyId: other.id, status: ['new', 'triaged'] })).total).toBe(3);
      expect(refs(await list({ technologyId: other.id, assignee: 'park' }))).toEqual([
        sent[1].reference,
      ]);
      expect((await list({ technologyId: other.id, assignee: 'none' })).total).toBe(2);
      expect((await list({ q: org.toLowerCase() })).total).toBe(3);
      expect(refs(await list({ q: sent[2].email }))).toEqual([sent[2].reference]);
      expect((await list({ q: sent[0].reference })).total).toBe(1);
      const today = new Date().toISOString().slice(0, 10);
      expect((await list({ technologyId: other.id, from: today, to: today })).total).toBe(3);
      expect((await list({ technologyId: other.id, to: '2020-01-01' })).total).toBe(0);
    });

    it('pages in the chosen order', async () => {
      const page2 = await list({ technologyId: other.id, perPage: 2, page: 2, sort: 'created' });
      expect(page2).toMatchObject({ page: 2, perPage: 2, total: 3 });
      expect(refs(page2)).toEqual([sent[2].reference]);
    });

    it.each([
      ['a page too large', { perPage: 101 }],
      ['an unknown status', { status: 'open' }],
      ['an impossible date', { from: '2026-02-30' }],
      ['a range that ends before it starts', { from: '2026-02-01', to: '2026-01-01' }],
    ])('refuses %s with 400', async (_what, query) => {
      await t.http.get('/api/v1/admin/inquiries').set(bearer(curator)).query(query).expect(400);
    });
  });

  describe('reports counts per state, the funnel and the median time to first response', () => {
    let fresh: TestApp;
    let key: string;
    let a: { id: string; slug: string };
    let b: { id: string; slug: string };
    const stats = async (query: Record<string, unknown> = {}) =>
      (
        await fresh.http
          .get('/api/v1/admin/inquiries/stats')
          .set(bearer(key))
          .query(query)
          .expect(200)
      ).body;

    // A database of its own: four inquiries on one listing (licensed, declined, triaged, new)
    // and one withdrawn on another, answered 2 h, 4 h and 6 h after receipt.
    beforeAll(async () => {
      fresh = await startTestApp({ INQUIRY_RATE_LIMIT: '10000', OUTBOX_RELAY: 'false' });
      key = await fresh.keyFor('curator');
      a = await createListing(fresh, key);
      b = await createListing(fresh, key);
      const refs: string[] = [];
      for (let i = 0; i < 4; i++) refs.push((await sendInquiry(fresh, a.slug)).reference);
      const onB = await sendInquiry(fresh, b.slug);
      await advance(fresh, key, refs[0], [
        'triaged',
        'in_discussion',
        'under_cda',
        'negotiating',
        'licensed',
      ]);
      await advance(fresh, key, refs[1], ['triaged']);
      await advance(fresh, key, refs[1], ['declined'], { declineReason: 'insufficient_fit' });
      await advance(fresh, key, refs[2], ['triaged']);
      await fresh.http
        .post(`/api/v1/inquiries/${onB.reference}/withdraw`)
        .send({ token: onB.token })
        .expect(200);
      for (const [ref, hours] of [
        [refs[0], 2],
        [refs[1], 4],
        [refs[2], 6],
      ] as const) {
        await fresh.db.query(
          `UPDATE inquiry SET first_response_at = created_at + ($2::int * interval '1 hour') WHERE reference = $1`,
          [ref, hours],
        );
      }
    });
    afterAll(() => fresh?.close());

    it('counts where each inquiry is and every state it reached', async () => {
      const body = await stats();
      const by = Object.fromEntries(
        body.byStatus.map((s: { status: string; current: number; reached: number }) => [
          s.status,
          [s.current, s.reached],
        ]),
      );
      expect(body.total).toBe(5);
      expect(by).toEqual({
        new: [1, 5],
        triaged: [1, 3],
        in_discussion: [0, 1],
        under_cda: [0, 1],
        negotiating: [0, 1],
        licensed: [1, 1],
        declined: [1, 1],
        withdrawn: [1, 1],
      });
      expect(body.declineReasons).toEqual({ insufficient_fit: 1 });
    });

    it('gives the median time to first response and what still waits for one', async () => {
      const body = await stats();
      expect(body.medianHoursToFirstResponse).toBe(4);
      expect(body.awaitingFirstResponse).toBe(1);
    });

    it('counts per listing', async () => {
      expect((await stats()).byTechnology).toEqual([
        expect.objectContaining({
          technology: expect.objectContaining({ id: a.id }),
          total: 4,
          open: 2,
          licensed: 1,
        }),
        expect.objectContaining({
          technology: expect.objectContaining({ id: b.id }),
          total: 1,
          open: 0,
          licensed: 0,
        }),
      ]);
    });

    it('narrows to a listing or a date range', async () => {
      expect((await stats({ technologyId: b.id })).total).toBe(1);
      expect(await stats({ to: '2020-12-31' })).toMatchObject({
        total: 0,
        medianHoursToFirstResponse: null,
        byTechnology: [],
      });
    });
  });

  describe('exports a date range as CSV that Excel opens with Korean text intact', () => {
    const today = new Date().toISOString().slice(0, 10);
    const refs: string[] = [];
    let res: { headers: Record<string, string>; body: Buffer };
    let rows: Record<string, string>[];

    // Two inquiries whose text a spreadsheet could mangle: Korean with quotes and line breaks,
    // and cells that would run as formulas.
    beforeAll(async () => {
      const csvListing = await createListing(t, curator, {
        titleKo: '폐암 조기 진단 "AI", 흉부 CT',
      });
      for (const o of [
        {
          name: '김민지',
          organization: '한빛바이오(주)',
          message: '라이선스 조건을 알고 싶습니다.\n두 번째 줄, "인용" 포함',
        },
        {
          name: 'Formula Person',
          organization: '=HYPERLINK("http://evil.example","x")',
          message: '+1 other program; -2 risks; @everyone',
        },
      ])
        refs.push((await sendInquiry(t, csvListing.slug, o)).reference);
      res = await t.http
        .get('/api/v1/admin/inquiries/export')
        .set(bearer(curator))
        .query({ from: today, to: today })
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      rows = parse<Record<string, string>>(res.body, { bom: true, columns: true });
    });

    it('is a UTF-8 CSV download with a BOM and named columns', () => {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="inquiries-${today}-${today}.csv"`,
      );
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(Object.keys(rows[0])).toEqual([
        'reference',
        'created_at',
        'status',
        'technology_reference',
        'technology_title_en',
        'technology_title_ko',
        'interest',
        'organization',
        'country',
        'name',
        'role',
        'email',
        'phone',
        'language',
        'assignee',
        'decline_reason',
        'first_response_at',
        'closed_at',
        'message',
      ]);
    });

    it('keeps Korean, quotes and line breaks, and neutralizes formulas', () => {
      const mine = rows.filter((r) => refs.includes(r.reference));
      expect(mine).toHaveLength(2);
      expect(mine[0]).toMatchObject({
        name: '김민지',
        organization: '한빛바이오(주)',
        technology_title_ko: '폐암 조기 진단 "AI", 흉부 CT',
        message: '라이선스 조건을 알고 싶습니다.\n두 번째 줄, "인용" 포함',
        status: 'new',
        country: 'US',
      });
      expect(mine[0].created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(mine[1].organization).toBe(`'=HYPERLINK("http://evil.example","x")`);
      expect(mine[1].message).toBe("'+1 other program; -2 risks; @everyone");
    });

    it('holds every inquiry of the range, each once', async () => {
      const total = (
        await t.http
          .get('/api/v1/admin/inquiries')
          .set(bearer(curator))
          .query({ from: today, to: today })
      ).body.total;
      expect(new Set(rows.map((r) => r.reference)).size).toBe(total);
      expect(rows).toHaveLength(total);
    });

    it('refuses a range without an end', async () => {
      await t.http
        .get('/api/v1/admin/inquiries/export')
        .set(bearer(curator))
        .query({ from: today })
        .expect(400);
    });
  });
});
