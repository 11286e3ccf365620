import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type request from 'supertest';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { formBody, validForm } from './support/inquiries.js';

// jsqr is CommonJS whose module.exports is the function itself.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

/** A PDF response body as a Buffer (supertest leaves binary bodies alone only with a parser). */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const work = mkdtempSync(path.join(tmpdir(), 'showcase-pdf-'));
let fileNo = 0;
function saved(pdf: Buffer): string {
  const file = path.join(work, `f${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Every QR code found on one page of the PDF, decoded (the page rendered by pdftoppm). */
function qrOnPage(file: string, page: number): string | null {
  const prefix = path.join(work, `p${++fileNo}`);
  execFileSync('pdftoppm', [
    '-r',
    '150',
    '-f',
    String(page),
    '-l',
    String(page),
    '-png',
    file,
    prefix,
  ]);
  const png = readdirSync(work).find(
    (f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'),
  )!;
  const image = PNG.sync.read(readFileSync(path.join(work, png)));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

function decodePng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** The JSON-LD block of a page. */
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]) as {
    '@graph': { '@type': string; [k: string]: unknown }[];
  };

describe('showcases: an event of eight listings, its page, booklet, QR codes and inquiries', () => {
  let t: TestApp;
  let curator: string;
  const listings: {
    id: string;
    slug: string;
    referenceCode: string;
    titleKo: string;
    titleEn: string;
    kr: string;
  }[] = [];
  let showcase: { id: string; slug: string; version: number };

  beforeAll(async () => {
    t = await startTestApp({ TTO_EMAIL: 'tto@hanbit-hospital.example' });
    curator = await t.keyFor('curator');
    for (let n = 1; n <= 8; n++) {
      const kr = `10-2024-00${String(31000 + n)}`;
      const titleKo = `보스턴 행사 소개 기술 ${n}번 심근경색 예측`;
      const titleEn = `Boston night technology ${n} for infarction risk`;
      const created = await createListing(t, curator, {
        titleKo,
        titleEn,
        patents: [
          { jurisdiction: 'KR', number: kr, type: 'application', status: 'pending' },
          {
            jurisdiction: 'US',
            number: `11,${String(200 + n)},567 B2`,
            type: 'grant',
            status: 'granted',
          },
        ],
      });
      const full = await t.http
        .get(`/api/v1/admin/technologies/${created.id}`)
        .set(bearer(curator))
        .expect(200);
      listings.push({ ...created, referenceCode: full.body.referenceCode, titleKo, titleEn, kr });
    }
  }, 120_000);
  afterAll(() => t.close());

  const admin = () => ({ ...bearer(curator) });
  const current = async () =>
    (await t.http.get(`/api/v1/admin/showcases/${showcase.id}`).set(admin()).expect(200)).body as {
      version: number;
      status: string;
      listings: { slug: string; status: string }[];
    };

  it('is created through the API as a draft, with the listings in order', async () => {
    const res = await t.http
      .post('/api/v1/admin/showcases')
      .set(admin())
      .send({
        titleKo: '보스턴-서울 바이오·AI 나이트',
        titleEn: 'BOSTON-SEOUL BIO & AI Night',
        introKo: '서울의 연구중심병원이 보스턴 바이오 기업에 소개하는 특허 기술 여덟 건입니다.',
        introEn:
          'Eight patented technologies from a Seoul research hospital, presented to Boston biotechs.',
        event: {
          name: 'BOSTON-SEOUL BIO & AI Night',
          date: '2026-10-14',
          place: 'Cambridge Innovation Center, Boston',
          organizer: 'Korea Health Industry Development Institute',
        },
        visibility: 'public',
        // Mixed reference forms: reference code, slug, id.
        listings: listings.map((l, i) =>
          i % 3 === 0 ? l.referenceCode : i % 3 === 1 ? l.slug : l.id,
        ),
      })
      .expect(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      slug: 'boston-seoul-bio-ai-night',
      status: 'draft',
      visibility: 'public',
    });
    expect(res.body.listings.map((l: { slug: string }) => l.slug)).toEqual(
      listings.map((l) => l.slug),
    );
    expect(res.body.event).toEqual({
      name: 'BOSTON-SEOUL BIO & AI Night',
      date: '2026-10-14',
      place: 'Cambridge Innovation Center, Boston',
      organizer: 'Korea Health Industry Development Institute',
    });
    showcase = res.body;
    // A draft is nobody's business but the office's.
    await t.http.get(`/en/showcases/${showcase.slug}`).expect(404);
    await t.http.get(`/en/showcases/${showcase.slug}/booklet.pdf`).expect(404);
  });

  it('refuses bad input with problems and changes nothing', async () => {
    const problem = async (r: request.Test, status: number, code?: string) => {
      const res = await r.expect(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (code) expect(res.body.type).toContain(code);
      return res.body;
    };
    await problem(
      t.http.post('/api/v1/admin/showcases').set(admin()).send({ titleKo: '제목' }),
      400,
    );
    await problem(
      t.http
        .post('/api/v1/admin/showcases')
        .set(admin())
        .send({ titleKo: 'a', titleEn: 'b', slug: 'Not A Slug' }),
      400,
    );
    await problem(
      t.http
        .post('/api/v1/admin/showcases')
        .set(admin())
        .send({ titleKo: 'a', titleEn: 'b', event: { name: 'x', date: '2026-02-30' } }),
      400,
    );
    await problem(
      t.http
        .post('/api/v1/admin/showcases')
        .set(admin())
        .send({ titleKo: 'a', titleEn: 'b', listings: ['no-such-listing'] }),
      422,
      'showcase-unknown-listing',
    );
    const draft = await createListing(t, curator, {}, false);
    await problem(
      t.http
        .post('/api/v1/admin/showcases')
        .set(admin())
        .send({ titleKo: 'a', titleEn: 'b', listings: [draft.id] }),
      422,
      'showcase-listing-not-published',
    );
    await problem(
      t.http
        .post('/api/v1/admin/showcases')
        .set(admin())
        .send({ titleKo: 'a', titleEn: 'b', slug: showcase.slug }),
      409,
      'showcase-duplicate-slug',
    );
    await problem(
      t.http.patch(`/api/v1/admin/showcases/${showcase.id}`).set(admin()).send({ titleEn: 'x' }),
      400,
      'showcase-version-required',
    );
    await problem(
      t.http
        .patch(`/api/v1/admin/showcases/${showcase.id}`)
        .set(admin())
        .set('If-Match', '"9"')
        .send({ titleEn: 'x' }),
      409,
      'showcase-version-conflict',
    );
    await problem(t.http.get('/api/v1/admin/showcases/not-a-uuid').set(admin()), 404);
    await problem(t.http.get('/api/v1/admin/showcases'), 401);
    const integrator = await t.keyFor('integrator');
    await problem(t.http.get('/api/v1/admin/showcases').set(bearer(integrator)), 403);
    expect((await current()).version).toBe(1);
    const list = await t.http.get('/api/v1/admin/showcases?perPage=100').set(admin()).expect(200);
    expect(
      list.body.items.filter((s: { slug: string }) => s.slug.startsWith('boston')),
    ).toHaveLength(1);
  });

  it('publishes only with an introduction in both languages', async () => {
    const bare = await t.http
      .post('/api/v1/admin/showcases')
      .set(admin())
      .send({ titleKo: '소개 없는 전시', titleEn: 'No intro', listings: [listings[0].slug] })
      .expect(201);
    const refused = await t.http
      .post(`/api/v1/admin/showcases/${bare.body.id}/publish`)
      .set(admin())
      .set('If-Match', '"1"')
      .expect(422);
    expect(refused.body.missing).toEqual(['introKo', 'introEn']);
    const published = await t.http
      .post(`/api/v1/admin/showcases/${showcase.id}/publish`)
      .set(admin())
      .send({ version: 1 })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    // Once out, its address is on paper and in QR codes.
    await t.http
      .patch(`/api/v1/admin/showcases/${showcase.id}`)
      .set(admin())
      .set('If-Match', '"2"')
      .send({ slug: 'another-address' })
      .expect(409);
  });

  it('shows the page in both languages with the event, hreflang and JSON-LD', async () => {
    const en = await t.http.get(`/en/showcases/${showcase.slug}`).expect(200);
    expect(en.headers['content-type']).toMatch(/^text\/html/);
    expect(en.text).toContain('<h1>BOSTON-SEOUL BIO &amp; AI Night</h1>');
    expect(en.text).toContain('Cambridge Innovation Center, Boston');
    for (const l of listings) {
      expect(en.text).toContain(l.titleEn);
      expect(en.text).toContain(
        `/en/technologies/${l.slug}?source=showcase%3A${showcase.slug}&amp;via=page`,
      );
    }
    expect(en.text).toContain(
      `hreflang="ko" href="${t.config.baseUrl}/ko/showcases/${showcase.slug}"`,
    );
    const graph = jsonLd(en.text)['@graph'];
    const event = graph.find((g) => g['@type'] === 'Event')!;
    expect(event).toMatchObject({ name: 'BOSTON-SEOUL BIO & AI Night', startDate: '2026-10-14' });
    const list = graph.find((g) => g['@type'] === 'ItemList') as unknown as {
      itemListElement: { url: string }[];
    };
    expect(list.itemListElement.map((i) => i.url)).toEqual(
      listings.map((l) => `${t.config.baseUrl}/en/technologies/${l.slug}`),
    );
    const ko = await t.http.get(`/ko/showcases/${showcase.slug}`).expect(200);
    expect(ko.text).toContain('<h1>보스턴-서울 바이오·AI 나이트</h1>');
    for (const l of listings) expect(ko.text).toContain(l.titleKo);
    // Public: on the home page and in the sitemap.
    expect((await t.http.get('/en').expect(200)).text).toContain(
      `href="/en/showcases/${showcase.slug}"`,
    );
    expect((await t.http.get('/sitemaps/pages.xml').expect(200)).text).toContain(
      `${t.config.baseUrl}/en/showcases/${showcase.slug}`,
    );
  });

  it('drops a listing at once when it is unpublished, and shows it again when republished', async () => {
    const gone = listings[3];
    const v = (await t.http.get(`/api/v1/admin/technologies/${gone.id}`).set(admin())).body.version;
    await t.http
      .post(`/api/v1/admin/technologies/${gone.id}/unpublish`)
      .set(admin())
      .send({ version: v })
      .expect(200);
    const without = await t.http.get(`/en/showcases/${showcase.slug}`).expect(200);
    expect(without.text).not.toContain(gone.titleEn);
    expect(without.text).toContain(listings[4].titleEn);
    const booklet = await t.http
      .get(`/en/showcases/${showcase.slug}/booklet.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pageCount(saved(booklet.body as Buffer))).toBe(8); // cover + 7
    expect((await current()).listings.find((l) => l.slug === gone.slug)?.status).toBe('draft');

    await t.http
      .post(`/api/v1/admin/technologies/${gone.id}/publish`)
      .set(admin())
      .send({ version: v + 1 })
      .expect(200);
    expect((await t.http.get(`/en/showcases/${showcase.slug}`).expect(200)).text).toContain(
      gone.titleEn,
    );
  });

  it('makes a booklet: a cover and one page per listing, Korean and English text, patent numbers, a QR code per listing', async () => {
    const res = await t.http
      .get(`/en/showcases/${showcase.slug}/booklet.pdf?text=both`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = saved(res.body as Buffer);
    expect(pageCount(file)).toBe(9);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Pretendard-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('BOSTON-SEOUL BIO & AI Night');
    expect(text).toContain('Cambridge Innovation Center, Boston');
    for (const l of listings) {
      expect(text).toContain(l.titleEn);
      expect(text).toContain(l.titleKo);
      expect(text).toContain(l.kr);
    }
    expect(text).toContain('11,201,567');
    expect(text).toContain('tto@hanbit-hospital.example');
    // The cover's code opens the showcase; each listing's opens that listing with the showcase as source.
    expect(qrOnPage(file, 1)).toBe(`${t.config.baseUrl}/en/showcases/${showcase.slug}?via=qr`);
    expect(qrOnPage(file, 3)).toBe(
      `${t.config.baseUrl}/en/technologies/${listings[1].slug}?source=showcase%3A${showcase.slug}&via=qr`,
    );

    const letter = await t.http
      .get(`/ko/showcases/${showcase.slug}/booklet.pdf?paper=letter`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const info = execFileSync('pdfinfo', [saved(letter.body as Buffer)], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    await t.http.get(`/en/showcases/${showcase.slug}/booklet.pdf?paper=a3`).expect(400);
    // Rendering, then poppler and a QR decoder on two pages: slow on a busy machine.
  }, 120_000);

  it('makes a one-pager that changes when the listing changes', async () => {
    const l = listings[0];
    const url = `/en/technologies/${l.slug}/one-pager.pdf`;
    const first = await t.http.get(url).buffer(true).parse(binary).expect(200);
    const file = saved(first.body as Buffer);
    expect(pageCount(file)).toBe(1);
    expect(pdfText(file)).toContain(l.titleEn);
    expect(qrOnPage(file, 1)).toBe(`${t.config.baseUrl}/en/technologies/${l.slug}`);
    const again = await t.http.get(url).set('If-None-Match', first.headers.etag).expect(304);
    expect(again.body).toEqual({});

    const v = (await t.http.get(`/api/v1/admin/technologies/${l.id}`).set(admin())).body.version;
    await t.http
      .patch(`/api/v1/admin/technologies/${l.id}`)
      .set(admin())
      .send({ version: v, titleEn: `${l.titleEn} (revised)` })
      .expect(200);
    const changed = await t.http
      .get(url)
      .set('If-None-Match', first.headers.etag)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdfText(saved(changed.body as Buffer))).toContain('(revised)');
    l.titleEn = `${l.titleEn} (revised)`;
  });

  it('serves QR codes as SVG and PNG that open the showcase', async () => {
    const svg = await t.http.get(`/en/showcases/${showcase.slug}/qr.svg`).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.text ?? (svg.body as Buffer).toString()).toContain('<svg');
    const png = await t.http
      .get(`/ko/showcases/${showcase.slug}/qr.png`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodePng(png.body as Buffer)).toBe(
      `${t.config.baseUrl}/ko/showcases/${showcase.slug}?via=qr`,
    );
    const listingPng = await t.http
      .get(`/en/showcases/${showcase.slug}/technologies/${listings[2].slug}/qr.png`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(decodePng(listingPng.body as Buffer)).toBe(
      `${t.config.baseUrl}/en/technologies/${listings[2].slug}?source=showcase%3A${showcase.slug}&via=qr`,
    );
    await t.http.get(`/en/showcases/${showcase.slug}/technologies/not-in-it/qr.png`).expect(404);
  });

  it('attributes an inquiry sent through a QR code to the showcase and counts it', async () => {
    const target = listings[5];
    const before = (
      await t.http.get(`/api/v1/admin/showcases/${showcase.id}/report`).set(admin()).expect(200)
    ).body;
    const scanned = `/en/technologies/${target.slug}?source=showcase%3A${showcase.slug}&via=qr`;
    const page = await t.http.get(scanned).expect(200);
    expect(page.text).toContain(
      `<input type="hidden" name="source" value="showcase:${showcase.slug}"/>`,
    );
    const sent = await t.http
      .post(`/en/technologies/${target.slug}/inquiries`)
      .type('form')
      .send(formBody({ ...validForm('qr-scan'), source: `showcase:${showcase.slug}` }))
      .expect(303);
    const reference = decodeURIComponent(/inquiries\/([^?]+)/.exec(sent.headers.location)![1]);
    const inquiry = await t.http
      .get(`/api/v1/admin/inquiries/${reference}`)
      .set(admin())
      .expect(200);
    expect(inquiry.body.source).toBe(`showcase:${showcase.slug}`);
    // A source that names no showcase is not carried.
    const other = await t.http
      .get(`/en/technologies/${target.slug}?source=showcase%3Anope&via=qr`)
      .expect(200);
    expect(other.text).not.toContain('name="source"');

    // Counters are written beside the page; give them a moment.
    let report = before;
    for (let i = 0; i < 50; i++) {
      report = (
        await t.http.get(`/api/v1/admin/showcases/${showcase.id}/report`).set(admin()).expect(200)
      ).body;
      if (report.totals.qrScans > before.totals.qrScans) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(report.totals.qrScans).toBe(before.totals.qrScans + 1);
    expect(report.totals.inquiries).toBe(before.totals.inquiries + 1);
    expect(report.totals.inquiriesByStatus.new).toBe(
      (before.totals.inquiriesByStatus.new ?? 0) + 1,
    );
    expect(report.totals.pageViews).toBeGreaterThanOrEqual(3);
    expect(report.totals.pdfDownloads).toBeGreaterThanOrEqual(3);
    const row = report.listings.find(
      (r: { listing: { id: string } }) => r.listing.id === target.id,
    );
    expect(row).toMatchObject({
      inquiries: 1,
      qrScans: 1,
      listingViews: 1,
      inquiriesByStatus: { new: 1 },
    });
    // Counts, never people: the counters table has no column that could hold one.
    const columns = await t.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'showcase_metric' ORDER BY 1`,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual([
      'count',
      'day',
      'id',
      'kind',
      'showcase_id',
      'technology_id',
    ]);
  });

  it('keeps an unlisted showcase off the home page and the sitemap, and tells engines not to index it', async () => {
    const res = await t.http
      .post('/api/v1/admin/showcases')
      .set(admin())
      .send({
        slug: 'private-preview-for-partners',
        titleKo: '비공개 소개',
        titleEn: 'Private preview',
        introKo: '링크를 받은 분만 볼 수 있습니다.',
        introEn: 'Only for those who have the link.',
        listings: [listings[0].slug],
      })
      .expect(201);
    expect(res.body.visibility).toBe('unlisted');
    await t.http
      .post(`/api/v1/admin/showcases/${res.body.id}/publish`)
      .set(admin())
      .send({ version: 1 })
      .expect(200);
    const page = await t.http.get('/en/showcases/private-preview-for-partners').expect(200);
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(page.headers['x-robots-tag']).toBe('noindex');
    expect((await t.http.get('/en').expect(200)).text).not.toContain(
      'private-preview-for-partners',
    );
    expect((await t.http.get('/sitemaps/pages.xml').expect(200)).text).not.toContain(
      'private-preview-for-partners',
    );
    // Unpublished: gone; deleted: gone for good.
    await t.http
      .post(`/api/v1/admin/showcases/${res.body.id}/unpublish`)
      .set(admin())
      .send({ version: 2 })
      .expect(200);
    await t.http.get('/en/showcases/private-preview-for-partners').expect(404);
    await t.http
      .delete(`/api/v1/admin/showcases/${res.body.id}`)
      .set(admin())
      .set('If-Match', '"3"')
      .expect(204);
    await t.http.get(`/api/v1/admin/showcases/${res.body.id}`).set(admin()).expect(404);
  });
});

describe('PDFs under load from one client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PDF_RATE_LIMIT: '2', PDF_RATE_WINDOW_SECONDS: '600' });
  });
  afterAll(() => t.close());

  it('are limited per client address (they cost CPU), with Retry-After', async () => {
    const curator = await t.keyFor('curator');
    const listing = await createListing(t, curator);
    const url = `/en/technologies/${listing.slug}/one-pager.pdf`;
    await t.http.get(url).expect(200);
    await t.http.get(`${url}?paper=letter`).expect(200);
    const limited = await t.http.get(url).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    // Pages are not PDFs: the listing page still answers.
    await t.http.get(`/en/technologies/${listing.slug}`).expect(200);
  });
});
