import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { AnalyticsRecorder } from '../src/analytics/analytics-recorder.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { formBody } from './support/inquiries.js';
import { FORM, setUpFirstAdmin, signedIn } from './support/staff.js';

describe('adding labels to the search vocabulary from the console', () => {
  let t: TestApp;
  let staff: { agent: TestAgent; csrf: string };
  let implant: { id: string };
  let blade: { id: string };

  const post = (path: string, fields: Record<string, string>) =>
    staff.agent
      .post(path)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf, ...fields }));
  const found = async (q: string) => {
    const body = (await t.http.get('/api/v1/technologies').query({ q }).expect(200)).body;
    return { ids: (body.items as { id: string }[]).map((d) => d.id), query: body.query };
  };
  const labels = async () =>
    (await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM vocabulary_label'))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    const curator = await t.keyFor('curator');
    const eye = {
      areaCodes: ['medical-devices.implants'],
      keywords: ['eye'],
      indications: ['eye disease'],
      summaryKo: '눈 수술에 쓰는 기구입니다.',
      summaryEn: 'An instrument for eye surgery.',
    };
    implant = await createListing(t, curator, {
      ...eye,
      titleEn: 'Drainage implant for glaucoma',
      titleKo: '녹내장 배액 임플란트',
    });
    // Says "zzgonio" (our stand-in for a word the vocabulary does not know), never glaucoma.
    blade = await createListing(t, curator, {
      ...eye,
      titleEn: 'Surgical blade with a zzgonio tip',
      titleKo: 'zzgonio 수술용 칼날',
    });
    await t.app.get(OutboxRelay).drain();
    const admin = await setUpFirstAdmin(t);
    staff = await signedIn(t, admin.email, admin.password);
  }, 60_000);
  afterAll(() => t.close());

  it('links a search that found nothing to the form, filled in', async () => {
    await t.http.get('/en/technologies?q=qqnothing%20here').expect(200);
    for (let i = 0; i < 50; i++) {
      await t.app.get(AnalyticsRecorder).flush();
      const rows = await t.db.query<unknown[]>('SELECT 1 FROM search_event');
      if (rows.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const analytics = (await staff.agent.get('/console/analytics').expect(200)).text;
    const zero = analytics.slice(
      analytics.indexOf('id="an-zero"'),
      analytics.indexOf('id="an-queries"'),
    );
    expect(zero).toContain('href="/console/vocabulary?label=qqnothing+here"');
    const form = (await staff.agent.get('/console/vocabulary?label=qqnothing+here').expect(200))
      .text;
    expect(form).toContain('name="label" value="qqnothing here"');
    expect(form).toMatch(/<option value="en" selected/);
    const korean = await staff.agent.get(`/console/vocabulary?label=${encodeURIComponent('눈압')}`);
    expect(korean.text).toMatch(/<option value="ko" selected/);
  });

  it('a label finds its concept at once, tags listings using it, and goes when removed', async () => {
    expect((await found('zzgonio')).ids).toEqual([blade.id]);
    expect((await found('glaucoma')).ids).toEqual([implant.id]);

    const added = await post('/console/vocabulary', {
      label: '  zzgonio ',
      lang: 'en',
      conceptId: 'glaucoma',
    }).expect(303);
    expect(added.headers.location).toBe('/console/vocabulary?notice=added');
    // Queries are read with it at once: "zzgonio" now means glaucoma.
    const now = await found('zzgonio');
    expect(now.query.concepts).toEqual([expect.objectContaining({ id: 'glaucoma' })]);
    expect(now.ids).toContain(implant.id);
    // Once the outbox has re-sent the documents, the listing that says "zzgonio" is tagged with
    // glaucoma too: it comes first (it has the words typed), then the other glaucoma listing.
    await t.app.get(OutboxRelay).drain();
    expect((await found('zzgonio')).ids).toEqual([blade.id, implant.id]);
    expect((await found('glaucoma')).ids.sort()).toEqual([implant.id, blade.id].sort());
    const page = (await staff.agent.get(added.headers.location).expect(200)).text;
    expect(page).toContain('Label added');
    expect(page).toContain('>zzgonio</a></td><td>glaucoma (녹내장)</td>');

    const id = (await t.db.query<{ id: string }[]>('SELECT id FROM vocabulary_label'))[0].id;
    await post(`/console/vocabulary/${id}/remove`, {}).expect(303);
    expect((await found('zzgonio')).ids).toEqual([blade.id]);
    await t.app.get(OutboxRelay).drain();
    expect((await found('glaucoma')).ids).toEqual([implant.id]);
  });

  it('refuses a label another concept holds, an unknown concept, or nothing; changes nothing', async () => {
    const before = await labels();
    const taken = await post('/console/vocabulary', {
      label: 'Intraocular  Pressure',
      lang: 'en',
      conceptId: 'myopia',
    }).expect(422);
    expect(taken.text).toContain('is already a label of “glaucoma / 녹내장”');
    expect(taken.text).toContain('value="Intraocular  Pressure"');
    const unknown = await post('/console/vocabulary', {
      label: 'zzother',
      lang: 'en',
      conceptId: 'not-a-concept',
    }).expect(422);
    expect(unknown.text).toContain('must be a concept of the vocabulary');
    const empty = await post('/console/vocabulary', {
      label: ' ',
      lang: 'xx',
      conceptId: 'glaucoma',
    });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('must not be empty');
    expect(empty.text).toContain('must be ko or en');
    const tooLong = await post('/console/vocabulary', {
      label: 'x'.repeat(81),
      lang: 'en',
      conceptId: 'glaucoma',
    });
    expect(tooLong.status).toBe(422);
    // 80 characters that lower-case to 160: refused, not a database error.
    const lengthens = await post('/console/vocabulary', {
      label: 'İ'.repeat(80),
      lang: 'en',
      conceptId: 'glaucoma',
    });
    expect(lengthens.status).toBe(422);
    // No CSRF token, no change; nor without a session.
    await staff.agent
      .post('/console/vocabulary')
      .type(FORM)
      .send(formBody({ label: 'zzcsrf', lang: 'en', conceptId: 'glaucoma' }))
      .expect(403);
    const anonymous = await t.http
      .post('/console/vocabulary')
      .type(FORM)
      .send(formBody({ label: 'zzanon', lang: 'en', conceptId: 'glaucoma' }));
    expect([303, 401, 403]).toContain(anonymous.status);
    await post('/console/vocabulary/not-an-id/remove', {}).expect(400);
    expect(await labels()).toBe(before);
  });
});
