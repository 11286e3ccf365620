import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { StaffAccountsService } from '../src/accounts/staff-accounts.service.js';
import { CLI_ACTOR } from '../src/accounts/audit-log.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { freePort } from './support/app-process.js';
import { CHROMIUM, seriousViolations } from './support/browser.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { STRONG_PASSWORD } from './support/staff.js';

/** With SHOWCASE_SCREENSHOTS=1 the pass also writes docs/screenshots/showcase-*.png. */
const SCREENSHOTS = process.env.SHOWCASE_SCREENSHOTS === '1';
const SHOTS = path.join(projectRoot(), 'docs', 'screenshots');

const TECHNOLOGIES: [string, string, string][] = [
  [
    '저선량 CT 폐결절 AI 판독',
    'AI reading of lung nodules on low-dose CT',
    'digital-health.ai-imaging',
  ],
  [
    '심방세동 조기 경보 웨어러블',
    'Wearable early warning of atrial fibrillation',
    'medical-devices.monitoring',
  ],
  ['CAR-T 세포 지속성 향상 기술', 'Longer-lasting CAR-T cells', 'therapeutics.cell-gene'],
  ['패혈증 현장 진단 키트', 'Point-of-care sepsis test', 'diagnostics.point-of-care'],
];

describe('a showcase in a real browser (Chromium, no JavaScript): partner and curator', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let slug = '';
  let showcaseId = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      TTO_EMAIL: 'tto@hanbit-hospital.example',
    });
    await t.app.listen(port, '127.0.0.1');
    const curator = await t.keyFor('curator');
    const refs: string[] = [];
    for (const [ko, en, area] of TECHNOLOGIES) {
      const created = await createListing(t, curator, {
        titleKo: ko,
        titleEn: en,
        areaCodes: [area],
        summaryKo: `${ko}: 병원 임상 데이터로 검증한 기술입니다. 라이선스와 공동 개발을 환영합니다.`,
        summaryEn: `${en}, validated on the hospital's clinical data. Open to licensing and co-development.`,
      });
      refs.push(created.id);
    }
    const res = await t.http
      .post('/api/v1/admin/showcases')
      .set(bearer(curator))
      .send({
        titleKo: '보스턴-서울 바이오·AI 나이트',
        titleEn: 'BOSTON-SEOUL BIO & AI Night',
        introKo: '서울의 연구중심병원이 보스턴의 바이오 기업에 소개하는 특허 기술입니다.',
        introEn:
          'Patented technologies from a Seoul research hospital, presented to Boston biotech companies.',
        event: {
          name: 'BOSTON-SEOUL BIO & AI Night',
          date: '2026-10-14',
          place: 'Cambridge Innovation Center, Boston',
          organizer: 'KHIDI',
        },
        visibility: 'public',
        listings: refs,
      })
      .expect(201);
    slug = res.body.slug;
    showcaseId = res.body.id;
    await t.http
      .post(`/api/v1/admin/showcases/${showcaseId}/publish`)
      .set(bearer(curator))
      .send({ version: 1 })
      .expect(200);
    const accounts = t.app.get(StaffAccountsService);
    const setup = (await accounts.setupLinkIfNoStaff())!;
    await accounts.completeSetup(
      new URL(setup).searchParams.get('token')!,
      {
        email: 'admin@hanbit-hospital.example',
        displayName: 'Showcase Admin',
        language: 'en',
        password: STRONG_PASSWORD,
      },
      CLI_ACTOR,
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox'],
    });
    if (SCREENSHOTS) await mkdir(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** axe and the phone's width, and a screenshot when asked for. */
  async function check(page: Page, name: string, failures: string[]) {
    for (const v of await seriousViolations(page)) failures.push(`${name}: ${v}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) failures.push(`${name}: ${overflow}px wider than the screen`);
    if (SCREENSHOTS)
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  it('a partner opens the showcase on a phone, follows a listing and asks about it', async () => {
    const failures: string[] = [];
    // axe runs as a script: this pass has JavaScript; the partner's path below has none.
    const axeContext = await browser.newContext({ locale: 'en-US' });
    const axePage = await axeContext.newPage();
    for (const [viewport, size] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      await axePage.setViewportSize(size);
      for (const lang of ['en', 'ko']) {
        await axePage.goto(`${base}/${lang}/showcases/${slug}`);
        await check(axePage, `showcase-${lang}-${viewport}`, failures);
      }
    }
    await axeContext.close();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/en/showcases/${slug}`);
    expect(await page.locator('h1').textContent()).toBe('BOSTON-SEOUL BIO & AI Night');
    expect(await page.locator('.showcase-cards > li').count()).toBe(TECHNOLOGIES.length);
    await Promise.all([
      page.waitForLoadState('load'),
      page.click(`a:text("${TECHNOLOGIES[1][1]}")`),
    ]);
    expect(page.url()).toContain(`source=showcase%3A${slug}`);
    await page.fill('#inq-name', 'Jane Park');
    await page.fill('#inq-email', 'jane.browser@biotech.example');
    await page.fill('#inq-organization', 'Charles River Biotherapeutics');
    await page.selectOption('#inq-country', 'US');
    await page.selectOption('#inq-interest', 'license');
    await page.fill(
      '#inq-message',
      'We would like to evaluate the wearable for a cardiology program.',
    );
    await page.check('#inq-consent');
    await Promise.all([
      page.waitForURL(/notice=sent/),
      page.click('form[action$="/inquiries"] button[type="submit"]'),
    ]);
    const rows = await t.db.query(
      `SELECT source FROM inquiry WHERE email = 'jane.browser@biotech.example'`,
    );
    expect(rows).toEqual([{ source: `showcase:${slug}` }]);
    await context.close();
    expect(failures).toEqual([]);
  }, 120_000);

  it('a curator sees it in the console; axe finds nothing serious there either', async () => {
    const failures: string[] = [];
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/console/sign-in?lang=en`);
    await page.fill('#acc-email', 'admin@hanbit-hospital.example');
    await page.fill('#acc-password', STRONG_PASSWORD);
    await Promise.all([
      page.waitForURL(`${base}/console`),
      page.click('form[action="/console/sign-in"] button[type="submit"]'),
    ]);
    for (const [viewport, size] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`${base}/console/showcases`);
      await check(page, `console-showcases-${viewport}`, failures);
      await page.goto(`${base}/console/showcases/${showcaseId}`);
      expect(await page.locator('.counts').textContent()).toContain('Inquiries1');
      await check(page, `console-showcase-${viewport}`, failures);
      await page.click('form[action$="/unpublish"] button');
      await check(page, `console-showcase-confirm-${viewport}`, failures);
      // The analytics page (search log of this run: the partner's searches above).
      await page.goto(`${base}/console/analytics`);
      await check(page, `console-analytics-${viewport}`, failures);
      // Its "add to vocabulary" form, as a zero-result search opens it.
      await page.goto(`${base}/console/vocabulary?label=${encodeURIComponent('심장 스텐트')}`);
      await check(page, `console-vocabulary-${viewport}`, failures);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 120_000);

  it('renders the booklet for the README when screenshots are asked for', async () => {
    const res = await t.http
      .get(`/en/showcases/${slug}/booklet.pdf?text=both`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const dir = await mkdtemp(path.join(tmpdir(), 'booklet-'));
    const file = path.join(dir, 'booklet.pdf');
    await writeFile(file, res.body as Buffer);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+5/);
    if (SCREENSHOTS) {
      for (const [n, name] of [
        [1, 'showcase-booklet-cover'],
        [3, 'showcase-booklet-page'],
      ] as const) {
        execFileSync('pdftoppm', [
          '-r',
          '80',
          '-f',
          String(n),
          '-l',
          String(n),
          '-png',
          '-singlefile',
          file,
          path.join(dir, name),
        ]);
        await rename(path.join(dir, `${name}.png`), path.join(SHOTS, `${name}.png`));
      }
    }
  });
});
