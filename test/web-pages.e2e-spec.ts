import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { simpleParser } from 'mailparser';
import { formBody, mailFilesFor, readMail, validForm } from './support/inquiries.js';

describe('Web catalog pages (server-rendered HTML)', () => {
  let t: TestApp;
  let curator: string;
  let listing: { id: string; slug: string };
  let second: { id: string; slug: string };
  let draft: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({
      PUBLIC_BASE_URL: 'https://catalog.hanbit-hospital.example',
      INQUIRY_RATE_LIMIT: '6',
    });
    curator = await t.keyFor('curator');
    listing = await createListing(t, curator, {
      titleEn: 'Sepsis <script>alert(1)</script> rapid test',
      patents: [
        {
          jurisdiction: 'KR',
          number: '10-2640939',
          type: 'grant',
          status: 'granted',
          kindCode: 'B1',
        },
        { jurisdiction: 'US', number: '18/123,456', type: 'application', status: 'pending' },
      ],
    });
    second = await createListing(t, curator);
    draft = await createListing(t, curator, {}, false);
    await t.app.get(OutboxRelay).drain();
  });
  afterAll(() => t.close());

  it('sends / and unprefixed paths to the browser’s language', async () => {
    const ko = await t.http.get('/').set('Accept-Language', 'ko-KR,ko;q=0.9,en;q=0.8').expect(302);
    expect(ko.headers.location).toBe('/ko');
    expect(ko.headers.vary).toMatch(/Accept-Language/);
    const en = await t.http.get('/').set('Accept-Language', 'de-DE, en;q=0.5').expect(302);
    expect(en.headers.location).toBe('/en');
    const deep = await t.http
      .get(`/technologies/${listing.slug}?x=1`)
      .set('Accept-Language', 'ko')
      .expect(302);
    expect(deep.headers.location).toBe(`/ko/technologies/${listing.slug}?x=1`);
  });

  it('serves the home page in both languages with canonical and hreflang links', async () => {
    for (const lang of ['en', 'ko']) {
      const res = await t.http
        .get(`/${lang}`)
        .expect(200)
        .expect('Content-Type', /text\/html/);
      expect(res.headers['content-language']).toBe(lang);
      expect(res.text).toMatch(new RegExp(`^<!doctype html><html lang="${lang}">`));
      const base = 'https://catalog.hanbit-hospital.example';
      expect(res.text).toContain(`<link rel="canonical" href="${base}/${lang}"/>`);
      expect(res.text).toContain(`<link rel="alternate" hreflang="ko" href="${base}/ko"/>`);
      expect(res.text).toContain(`<link rel="alternate" hreflang="en" href="${base}/en"/>`);
      expect(res.text).toContain(`<link rel="alternate" hreflang="x-default" href="${base}/"/>`);
      // The area tree counts published listings only (two here; the draft does not count).
      expect(res.text).toMatch(
        /href="\/[a-z]{2}\/technologies\?area=diagnostics">[^<]+ <span class="count">\(2\)<\/span>/,
      );
    }
  });

  it('shows results with facets whose counts match the API, filter chips and shareable links', async () => {
    const api = (await t.http.get('/api/v1/technologies?q=sepsis').expect(200)).body;
    expect(api.total).toBe(2);
    const page = await t.http.get('/en/technologies?q=sepsis&utm_source=newsletter').expect(200);
    expect(page.text).toContain('2 technologies');
    for (const [stage, count] of Object.entries(api.facets.stage as Record<string, number>)) {
      expect(page.text).toContain(`href="/en/technologies?q=sepsis&amp;stage=${stage}"`);
      expect(page.text).toMatch(
        new RegExp(
          `stage=${stage}"><span class="box" aria-hidden="true"></span><span>[^<]+ <span class="count">\\(${count}\\)`,
        ),
      );
    }
    // A filter in the URL shows as a chip whose link removes it again.
    const filtered = await t.http
      .get('/en/technologies?q=sepsis&patentStatus=granted&trlMin=3')
      .expect(200);
    expect(filtered.text).toContain('1 technology');
    expect(filtered.text).toContain(
      'href="/en/technologies?q=sepsis&amp;trlMin=3" aria-label="Remove filter: Patent status: Granted"',
    );
    expect(filtered.text).toMatch(/<option value="3" selected>3/);
  });

  it('escapes listing text and keeps only the index’s <mark> highlights', async () => {
    const page = await t.http.get('/en/technologies?q=rapid').expect(200);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script>alert(1)&lt;/script>');
    expect(page.text).toMatch(/<mark>rapid<\/mark>/i);
  });

  it('helps when nothing matches: counts without filters and the other language’s term', async () => {
    const page = await t.http.get('/en/technologies?q=sepsis&stage=approved').expect(200);
    expect(page.text).toContain('No technologies match this search.');
    expect(page.text).toContain('Remove all filters (2 technologies)');
    expect(page.text).toContain('href="/en/technologies?q=%ED%8C%A8%ED%98%88%EC%A6%9D"'); // 패혈증
  });

  it('answers a bad search link with a 400 page, not problem+json', async () => {
    const res = await t.http.get('/ko/technologies?trlMin=12&stage=nonsense').expect(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('잘못된 링크입니다');
    expect(res.text).toContain('trlMin');
  });

  it('shows a listing with its patent family, JSON-LD, Open Graph and ETag revalidation', async () => {
    const res = await t.http.get(`/en/technologies/${listing.slug}`).expect(200);
    expect(res.text).toContain(
      '<h1 lang="en">Sepsis &lt;script>alert(1)&lt;/script> rapid test</h1>',
    );
    expect(res.text).toContain(
      'href="https://worldwide.espacenet.com/patent/search?q=pn%3DKR102640939"',
    );
    expect(res.text).toContain('<td>18/123,456</td>'); // an unpublished application: no link
    expect(res.text).toContain('<meta property="og:type" content="article"/>');
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/.exec(res.text)![1],
    );
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      name: 'Sepsis <script>alert(1)</script> rapid test',
      url: `https://catalog.hanbit-hospital.example/en/technologies/${listing.slug}`,
    });
    expect(res.text).not.toContain('tto-desk@hanbit-hospital.example'); // contact stays private
    const etag = res.headers.etag;
    expect(etag).toBeTruthy();
    expect(res.headers['cache-control']).toBe('public, no-cache');
    await t.http.get(`/en/technologies/${listing.slug}`).set('If-None-Match', etag).expect(304);
  });

  it('falls back to the other language with a marker, and redirects an id to the slug', async () => {
    // The listing's advantages exist in English only.
    const res = await t.http.get(`/ko/technologies/${listing.slug}`).expect(200);
    expect(res.text).toContain(
      '<span class="fallback-marker">영문으로 표시: 아직 국문 내용이 없습니다</span><ul lang="en"><li>Result in 20 minutes</li>',
    );
    const byId = await t.http.get(`/ko/technologies/${second.id}`).expect(301);
    expect(byId.headers.location).toBe(`/ko/technologies/${second.slug}`);
  });

  it('hides drafts and unknown pages behind an HTML 404', async () => {
    const res = await t.http.get(`/en/technologies/${draft.slug}`).expect(404);
    expect(res.text).toContain('Page not found');
    await t.http
      .get('/ko/no-such-page')
      .expect(404)
      .expect('Content-Type', /text\/html/);
  });

  it('shows form errors next to the fields, keeps the input, and stores nothing', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM inquiry');
    const res = await t.http
      .post(`/en/technologies/${listing.slug}/inquiries`)
      .type('form')
      .send(
        formBody({
          ...validForm('e1'),
          email: 'not-an-email',
          message: '<b>short</b>',
          consent: '',
        }),
      )
      .expect(400);
    expect(res.text).toContain('id="inq-email-error">Enter an e-mail address');
    expect(res.text).toContain('aria-describedby="inq-email-error"');
    expect(res.text).toContain('value="not-an-email"');
    expect(res.text).toContain('&lt;b>short&lt;/b></textarea>');
    expect(res.text).toContain('id="inq-consent-error"');
    expect(res.text).toContain('value="Charles River Biotherapeutics"');
    const after = await t.db.query('SELECT count(*)::int AS n FROM inquiry');
    expect(after[0].n).toBe(before[0].n);
  });

  it('takes an inquiry, shows the confirmation on the status page and mails the same link', async () => {
    const sent = await t.http
      .post(`/ko/technologies/${listing.slug}/inquiries`)
      .type('form')
      .send(formBody(validForm('ok1')))
      .expect(303);
    const location = new URL(sent.headers.location, 'http://x');
    expect(location.pathname).toMatch(/^\/ko\/inquiries\/INQ-\d{4}-\d{6}$/);
    const token = location.searchParams.get('token')!;
    const reference = location.pathname.split('/').pop()!;
    const [row] = await t.db.query('SELECT language, email FROM inquiry WHERE reference = $1', [
      reference,
    ]);
    expect(row).toEqual({ language: 'ko', email: 'jane.ok1@biotech.example' });

    const status = await t.http.get(sent.headers.location).expect(200);
    expect(status.headers['cache-control']).toBe('no-store');
    expect(status.text).toContain('문의가 접수되었습니다');
    expect(status.text).toContain(
      `https://catalog.hanbit-hospital.example/ko/inquiries/${reference}?token=${token}`,
    );
    expect(status.text).toContain('<meta name="robots" content="noindex, nofollow"/>');

    await t.app.get(OutboxRelay).drain();
    const mails = await Promise.all(
      (await mailFilesFor(t.config.dataDir, reference)).map(
        async (name) => (await simpleParser(await readMail(t.config.dataDir, name))).text ?? '',
      ),
    );
    expect(mails.some((m) => m.includes(`/ko/inquiries/${reference}?token=${token}`))).toBe(true);

    // Messages and withdrawal from the page; both go back to it (303).
    await t.http
      .post(`/ko/inquiries/${reference}/messages`)
      .type('form')
      .send(formBody({ token, message: 'Could we see the validation data?' }))
      .expect(303);
    const unconfirmed = await t.http
      .post(`/ko/inquiries/${reference}/withdraw`)
      .type('form')
      .send(formBody({ token }))
      .expect(400);
    expect(unconfirmed.text).toContain('확인란을 선택해 주세요.');
    await t.http
      .post(`/ko/inquiries/${reference}/withdraw`)
      .type('form')
      .send(formBody({ token, confirm: 'yes' }))
      .expect(303);
    const closed = await t.http.get(`/en/inquiries/${reference}?token=${token}`).expect(200);
    expect(closed.text).toContain('Could we see the validation data?');
    expect(closed.text).toContain('Withdrawn');
    expect(closed.text).toContain('This inquiry is closed');

    const wrong = await t.http
      .get(`/en/inquiries/${reference}?token=${'x'.repeat(32)}`)
      .expect(404);
    expect(wrong.text).toContain('This status link is not valid');
  });

  it('answers a repeated form with the first reference and a bot’s honeypot with nothing stored', async () => {
    const form = validForm('dup1');
    const first = await t.http
      .post(`/en/technologies/${listing.slug}/inquiries`)
      .type('form')
      .send(formBody(form))
      .expect(303);
    const reference = new URL(first.headers.location, 'http://x').pathname.split('/').pop()!;
    const again = await t.http
      .post(`/en/technologies/${listing.slug}/inquiries`)
      .type('form')
      .send(formBody(form))
      .expect(200);
    expect(again.text).toContain(`under reference ${reference}`);

    const before = await t.db.query('SELECT count(*)::int AS n FROM inquiry');
    await t.http
      .post(`/en/technologies/${listing.slug}/inquiries`)
      .type('form')
      .send(formBody({ ...validForm('bot1'), website: 'http://spam.example' }))
      .expect(303);
    const after = await t.db.query('SELECT count(*)::int AS n FROM inquiry');
    expect(after[0].n).toBe(before[0].n);
  });

  it('limits inquiry forms per client with a 429 page and Retry-After', async () => {
    // INQUIRY_RATE_LIMIT=6, and earlier tests used most of this client's budget.
    const send = (i: number) =>
      t.http
        .post(`/en/technologies/${listing.slug}/inquiries`)
        .type('form')
        .send(formBody(validForm(`rl${i}`)));
    let res = await send(0);
    for (let i = 1; i < 10 && res.status !== 429; i++) res = await send(i);
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    expect(res.text).toContain('Too many requests');
  });

  it('refuses an oversized form with a 413 page', async () => {
    const res = await t.http
      .post(`/en/technologies/${listing.slug}/inquiries`)
      .type('form')
      .send(formBody({ ...validForm('big'), message: 'x'.repeat(100_000) }))
      .expect(413);
    expect(res.text).toContain('Too much text');
  });

  it('lists every published listing in the sitemap, in both languages, and no draft', async () => {
    const index = await t.http.get('/sitemap.xml').expect(200).expect('Content-Type', /xml/);
    expect(index.text).toContain('https://catalog.hanbit-hospital.example/sitemaps/listings-1.xml');
    const urls = await t.http.get('/sitemaps/listings-1.xml').expect(200);
    for (const slug of [listing.slug, second.slug]) {
      for (const lang of ['ko', 'en'])
        expect(urls.text).toContain(
          `<loc>https://catalog.hanbit-hospital.example/${lang}/technologies/${slug}</loc>`,
        );
    }
    expect(urls.text).toContain('hreflang="ko"');
    expect(urls.text).not.toContain(draft.slug);
    await t.http.get('/sitemaps/listings-2.xml').expect(404);
    const robots = await t.http.get('/robots.txt').expect(200);
    expect(robots.text).toContain('Disallow: /en/inquiries/');
    expect(robots.text).toContain('Sitemap: https://catalog.hanbit-hospital.example/sitemap.xml');
  });

  it('keeps a results page light: HTML plus CSS under 100 KB', async () => {
    for (let i = 0; i < 20; i++) await createListing(t, curator);
    await t.app.get(OutboxRelay).drain();
    const page = await t.http.get('/en/technologies?q=sepsis').expect(200);
    expect(page.text).toContain('<a aria-current="page"');
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(page.text)![1];
    const sheet = await t.http.get(css).expect(200);
    expect(sheet.headers['cache-control']).toContain('immutable');
    expect(Buffer.byteLength(page.text) + Buffer.byteLength(sheet.text)).toBeLessThan(100_000);
  });

  it('is not part of the API description', async () => {
    const doc = (await t.http.get('/api/docs-json').set(bearer(curator)).expect(200)).body;
    expect(
      Object.keys(doc.paths).every((p: string) => p.startsWith('/api/') || p.startsWith('/health')),
    ).toBe(true);
  });
});
