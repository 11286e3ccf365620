import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { AnalyticsRecorder } from '../src/analytics/analytics-recorder.js';
import { AnalyticsRetention } from '../src/analytics/analytics-retention.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { advance, sendInquiry } from './support/inquiries.js';
import { setUpFirstAdmin, signedIn } from './support/staff.js';

const PARTNER_A = 'Mozilla/5.0 (PartnerA; test) Chrome/140';
const PARTNER_B = 'Mozilla/5.0 (PartnerB; test) Firefox/140';

describe('search analytics without personal data', () => {
  let t: TestApp;
  let staff: { agent: TestAgent; csrf: string };
  let retina: { id: string; slug: string };
  let curator: string;
  const events = async () =>
    (await t.db.query('SELECT count(*)::int AS n FROM search_event'))[0].n as number;

  /** Waits until the recorder has written `n` events (they go out in batches). */
  async function written(n: number) {
    for (let i = 0; i < 50 && (await events()) < n; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await t.app.get(AnalyticsRecorder).flush();
    }
    expect(await events()).toBe(n);
  }

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    retina = await createListing(t, curator, {
      titleEn: 'Retina scanner for diabetic eye disease',
      areaCodes: ['medical-devices.monitoring'],
    });
    await t.app.get(OutboxRelay).drain();
    const admin = await setUpFirstAdmin(t);
    staff = await signedIn(t, admin.email, admin.password);
  }, 60_000);
  afterAll(() => t.close());

  it('records a scripted mix of searches, clicks and views, and the console reports it', async () => {
    const as = (ua: string, path: string) => t.http.get(path).set('User-Agent', ua).expect(200);
    await as(PARTNER_A, '/en/technologies?q=Retina');
    await as(PARTNER_A, '/en/technologies?q=retina');
    await as(PARTNER_B, '/ko/technologies?q=retina');
    await as(PARTNER_B, '/api/v1/technologies?q=retina&area=medical-devices');
    await as(PARTNER_A, '/en/technologies?q=zzqx%20nothing');
    await as(PARTNER_B, '/en/technologies?q=zzqx  NOTHING');
    await as(PARTNER_A, '/en/technologies?q=jane.park%40biotech.example');
    await as(PARTNER_A, `/en/technologies/${retina.slug}?ref=search&pos=1`); // a click and a view
    await as(PARTNER_B, `/en/technologies/${retina.slug}`);
    await as(PARTNER_B, `/api/v1/technologies/${retina.slug}`);
    await written(11);

    const page = await staff.agent.get('/console/analytics').expect(200);
    const html = page.text;
    expect(page.headers['cache-control']).toBe('no-store');
    const row = (heading: string, words: string) => {
      const section = html.slice(html.indexOf(`id="${heading}"`));
      const start = section.indexOf(`<td>${words}</td>`);
      expect(start).toBeGreaterThan(-1);
      return section.slice(start, section.indexOf('</tr>', start));
    };
    // retina: 4 searches (web in both languages and the API) from 2 visits.
    expect(row('an-queries', 'retina')).toMatch(
      /^<td>retina<\/td><td>4<\/td><td>2<\/td><td>1<\/td><td>0<\/td>/,
    );
    expect(row('an-zero', 'zzqx nothing')).toMatch(
      /^<td>zzqx nothing<\/td><td>2<\/td><td>2<\/td><td>0<\/td><td>2<\/td>/,
    );
    expect(row('an-zero', 'zzqx nothing')).toContain('href="/en/technologies?q=zzqx+nothing"');
    expect(row('an-filters', 'area')).toContain('<td>medical-devices</td><td>1</td>');
    expect(html).toMatch(/<dt>Searches<\/dt><dd>7<\/dd>/);
    expect(html).toMatch(/<dt>Found nothing<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/<dt>Listing views<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/<dt>Clicks on results<\/dt><dd>1<\/dd>/);
    expect(html).toContain(
      'Retina scanner for diabetic eye disease</a></td><td>3</td><td>2</td><td>1</td>',
    );

    const csv = await staff.agent.get('/console/analytics/zero-results.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain(
      'query,searches,visits,average_results,zero_result_searches,last_searched_at',
    );
    expect(csv.text).toMatch(/zzqx nothing,2,2,0,2,\d{4}-/);
    await staff.agent.get('/console/analytics/secrets.csv').expect(404);
    const bad = await staff.agent.get('/console/analytics?from=yesterday').expect(422);
    expect(bad.text).toContain('id="an-from-error"');
  });

  it('sets views beside inquiries per listing, per area, over time and down the funnel', async () => {
    const heart = await createListing(t, curator, {
      titleEn: 'Cardiac patch for heart failure',
      areaCodes: ['therapeutics.small-molecules'],
    });
    await t.app.get(OutboxRelay).drain();
    const licensed = await sendInquiry(t, retina.slug);
    const declinedAfterCda = await sendInquiry(t, retina.slug);
    await sendInquiry(t, retina.slug);
    await sendInquiry(t, heart.slug);
    const path = ['triaged', 'in_discussion', 'under_cda'];
    await advance(t, curator, licensed.reference, [...path, 'negotiating', 'licensed']);
    await advance(t, curator, declinedAfterCda.reference, path);
    await advance(t, curator, declinedAfterCda.reference, ['declined'], {
      declineReason: 'insufficient_fit',
    });

    const whole = (await staff.agent.get('/console/analytics').expect(200)).text;
    // Retina: 3 views by 2 visitors, 1 click, 3 inquiries; the heart listing: 1 inquiry, no view.
    expect(whole).toMatch(
      /Retina scanner for diabetic eye disease<\/a><\/td><td>3<\/td><td>2<\/td><td>1<\/td><td>3<\/td>/,
    );
    expect(whole).toMatch(
      /Cardiac patch for heart failure<\/a><\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td>/,
    );
    const areas = whole.slice(whole.indexOf('id="an-areas"'));
    expect(areas).toMatch(/<td>Medical devices<\/td><td>3<\/td><td>3<\/td>/);
    expect(areas).toMatch(/<td>Therapeutics<\/td><td>0<\/td><td>1<\/td>/);
    const funnel = (html: string) =>
      [...html.slice(html.indexOf('id="an-funnel"')).matchAll(/<strong>(\d+)<\/strong>/g)]
        .slice(0, 4)
        .map((m) => Number(m[1]));
    // The whole catalog: 3 views, 4 inquiries, 2 reached a CDA (one was declined after), 1 licence.
    expect(funnel(whole)).toEqual([3, 4, 2, 1]);
    expect(whole).toContain('role="img"');
    expect(whole).toContain('aria-labelledby="an-chart-views-title an-chart-views-desc"');

    const area = (await staff.agent.get('/console/analytics?area=therapeutics').expect(200)).text;
    expect(funnel(area)).toEqual([0, 1, 0, 0]);
    const one = await staff.agent.get(`/console/analytics?listing=${retina.id}`).expect(200);
    expect(funnel(one.text)).toEqual([3, 3, 2, 1]);
    expect(one.text).toContain('For the listing “Retina scanner for diabetic eye disease”.');

    const today = new Date().toISOString().slice(0, 10);
    const activity = await staff.agent
      .get(`/console/analytics/activity.csv?listing=${retina.id}`)
      .expect(200);
    const lines = activity.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('day,views,inquiries');
    expect(lines).toHaveLength(31); // the header and every one of the last 30 days, zeros too
    expect(lines.at(-1)).toBe(`${today},3,3`);
    const weekly = await staff.agent
      .get('/console/analytics/activity.csv?from=2026-01-01&to=2026-06-30')
      .expect(200);
    expect(weekly.text.trim().split(/\r?\n/)[0]).toBe('week,views,inquiries');
    const funnelCsv = await staff.agent.get('/console/analytics/funnel.csv').expect(200);
    expect(funnelCsv.text).toContain('under_cda,2');

    const bad = await staff.agent.get('/console/analytics?listing=not-an-id').expect(422);
    expect(bad.text).toContain('must be a listing id');
    await staff.agent.get('/console/analytics/activity.csv?listing=1%27%20or%201=1').expect(400);
    await staff.agent.get('/console/analytics?from=1900-01-01').expect(422);
  });

  it('stores no address, e-mail or user agent', async () => {
    const columns = (
      await t.db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'search_event' ORDER BY 1`,
      )
    ).map((c: { column_name: string }) => c.column_name);
    expect(columns).toEqual([
      'channel',
      'filters',
      'id',
      'kind',
      'lang',
      'occurred_at',
      'page',
      'position',
      'query',
      'result_count',
      'technology_id',
      'visit_id',
    ]);
    const stored = JSON.stringify(await t.db.query('SELECT * FROM search_event'));
    for (const personal of [
      '127.0.0.1',
      '::1',
      'PartnerA',
      'PartnerB',
      'jane.park',
      'biotech.example',
    ]) {
      expect(stored).not.toContain(personal);
    }
    expect(stored).toContain('[email]');
    // Two clients, two visit ids: told apart within the day without knowing who they are.
    const visits = await t.db.query('SELECT count(DISTINCT visit_id)::int AS n FROM search_event');
    expect(visits[0].n).toBe(2);
  });

  it('deletes events past the retention period and keeps the rest', async () => {
    await t.db.query(
      `INSERT INTO search_event (occurred_at, kind, channel, visit_id, query, page, result_count)
       VALUES (now() - interval '400 days', 'search', 'web', 'old-visit', 'old words', 1, 3)`,
    );
    const before = await events();
    expect(await t.app.get(AnalyticsRetention).runOnce()).toBe(1);
    expect(await events()).toBe(before - 1);
  });
});

describe('search analytics turned off (ANALYTICS_ENABLED=false)', () => {
  it('records nothing, and search answers as before', async () => {
    const t = await startTestApp({ ANALYTICS_ENABLED: 'false' });
    try {
      await t.http.get('/en/technologies?q=retina').expect(200);
      await t.http.get('/api/v1/technologies?q=retina').expect(200);
      await new Promise((r) => setTimeout(r, 100));
      await t.app.get(AnalyticsRecorder).flush();
      const [row] = await t.db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM search_event',
      );
      expect(row.n).toBe(0);
    } finally {
      await t.close();
    }
  });
});
