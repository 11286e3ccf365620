import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { StaffAccountsService } from '../src/accounts/staff-accounts.service.js';
import { CLI_ACTOR } from '../src/accounts/audit-log.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { freePort } from './support/app-process.js';
import { CHROMIUM, seriousViolations, tabTo } from './support/browser.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { acceptInvitation, STRONG_PASSWORD } from './support/staff.js';

/** With CONSOLE_SCREENSHOTS=1 the phone/desktop pass also writes docs/screenshots/console-*.png. */
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS === '1';
const SAMPLE = path.join(projectRoot(), 'docs', 'import-sample.csv');

describe('a curator’s week in the console, in a real browser (Chromium, no JavaScript)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const CURATOR = 'curator.week@hanbit-hospital.example';
  const OTHER = 'other.curator@hanbit-hospital.example';
  let listingPath = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
    const accounts = t.app.get(StaffAccountsService);
    const setup = (await accounts.setupLinkIfNoStaff())!;
    await accounts.completeSetup(
      new URL(setup).searchParams.get('token')!,
      {
        email: 'admin@hanbit-hospital.example',
        displayName: 'Week Admin',
        language: 'en',
        password: STRONG_PASSWORD,
      },
      CLI_ACTOR,
    );
    for (const [email, name] of [
      [CURATOR, 'Minji Curator'],
      [OTHER, 'Other Curator'],
    ]) {
      const { link } = await accounts.invite(
        { email, displayName: name, role: 'curator', language: 'en' },
        { ...CLI_ACTOR, name: 'test' },
        'link',
      );
      await acceptInvitation(t, link, name);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(email: string, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? false,
      locale: 'en-US',
    });
    const page = await context.newPage();
    await page.goto(`${base}/console/sign-in?lang=en`);
    await page.fill('#acc-email', email);
    await page.fill('#acc-password', STRONG_PASSWORD);
    await page.click('form[action="/console/sign-in"] button[type="submit"]');
    await page.waitForURL(`${base}/console`);
    return { context, page };
  }
  const submit = async (page: Page, selector: string) => {
    await Promise.all([page.waitForLoadState('load'), page.click(selector)]);
  };

  it('creates a listing in both languages, fixes a mistyped patent, publishes, finds it', async () => {
    const { context, page } = await signIn(CURATOR);
    await page.click('a[href="/console/listings"]');
    await page.click('a[href="/console/listings/new"]');
    await page.fill('#f-referenceCode', 'WEEK-0001');
    await page.fill('#f-titleKo', '수술 중 신경 모니터링 전극');
    await page.fill('#f-titleEn', 'Intraoperative nerve monitoring electrode');
    await page.check('input[name="areaCodes"][value="medical-devices.monitoring"]');
    await page.selectOption('#f-trl', '5');
    await page.selectOption('#f-stage', 'prototype');
    await page.check('input[name="licenseTypes"][value="exclusive"]');
    await submit(page, '.editor-form button[type="submit"]');
    await page.waitForURL(/notice=created/);
    listingPath = new URL(page.url()).pathname;

    // The checklist names what each language still lacks.
    const checklist = page.locator('.checklist');
    expect(await checklist.textContent()).toContain('Summary (Korean)');
    expect(await checklist.textContent()).toContain('Summary (English)');
    await page.fill(
      '#f-summaryKo',
      '갑상선 수술 중 되돌이후두신경을 실시간으로 감시하는 전극입니다.',
    );
    await page.fill(
      '#f-summaryEn',
      'An electrode that watches the recurrent laryngeal nerve during thyroid surgery.',
    );
    await submit(page, '.editor-form button[type="submit"]');
    await page.waitForURL(/notice=saved/);
    expect(await checklist.textContent()).toContain('Everything publishing needs is there.');

    // Two patents; the first number is mistyped, refused beside the field, then corrected.
    await page.selectOption('#p-new-jurisdiction', 'KR');
    await page.fill('#p-new-number', '10-2024-00123');
    await submit(page, 'form[aria-labelledby="new-patent-heading"] button[type="submit"]');
    expect(await page.locator('#p-new-number-error').textContent()).toBeTruthy();
    expect(await page.inputValue('#p-new-number')).toBe('10-2024-00123');
    await page.fill('#p-new-number', '10-2024-0012345');
    await submit(page, 'form[aria-labelledby="new-patent-heading"] button[type="submit"]');
    await page.waitForURL(/notice=patents/);
    await page.selectOption('#p-new-jurisdiction', 'US');
    await page.fill('#p-new-number', 'US 11,234,567 B2');
    await page.selectOption('#p-new-type', 'grant');
    await page.selectOption('#p-new-status', 'granted');
    await submit(page, 'form[aria-labelledby="new-patent-heading"] button[type="submit"]');
    const family = await page
      .locator('#patents-heading + *')
      .evaluate((e) => e.parentElement!.textContent);
    expect(family).toContain('KR1020240012345');
    expect(family).toContain('11234567');

    // Preview (staff only), then publish after the confirmation.
    await page.click(`a[href="${listingPath}/preview"]`);
    expect(await page.locator('.preview-banner').count()).toBe(1);
    expect(await page.locator('h1').first().textContent()).toContain('nerve monitoring');
    await page.goto(`${base}${listingPath}`);
    await submit(page, '.checklist form:has(input[value="publish"]) button');
    expect(await page.locator('h1').textContent()).toContain('Publish');
    await submit(page, 'form:has(input[name="confirm"]) button[type="submit"]');
    await page.waitForURL(/notice=publish/);

    await t.app.get(OutboxRelay).drain();
    await page.goto(`${base}/en/technologies?q=laryngeal+nerve+electrode`);
    expect(await page.locator('.card h3 a').first().textContent()).toContain(
      'Intraoperative nerve monitoring electrode',
    );
    await context.close();
  });

  it('two curators edit the same listing: the second sees the conflict and keeps theirs', async () => {
    const a = await signIn(CURATOR);
    const b = await signIn(OTHER);
    await a.page.goto(`${base}${listingPath}`);
    await b.page.goto(`${base}${listingPath}`);
    await a.page.fill('#f-modality', 'medical device');
    await submit(a.page, '.editor-form button[type="submit"]');
    await a.page.waitForURL(/notice=saved/);

    await b.page.fill('#f-titleEn', 'Nerve monitoring electrode for thyroid surgery');
    await submit(b.page, '.editor-form button[type="submit"]');
    const conflict = b.page.locator('.conflict');
    expect(await conflict.textContent()).toContain('Modality');
    expect(await conflict.textContent()).toContain('medical device');
    // What B typed is still in the form; saving again keeps B's title and A's modality.
    expect(await b.page.inputValue('#f-titleEn')).toBe(
      'Nerve monitoring electrode for thyroid surgery',
    );
    await submit(b.page, '.editor-form button[type="submit"]');
    await b.page.waitForURL(/notice=saved/);
    expect(await b.page.inputValue('#f-titleEn')).toBe(
      'Nerve monitoring electrode for thyroid surgery',
    );
    expect(await b.page.inputValue('#f-modality')).toBe('medical device');
    await a.context.close();
    await b.context.close();
  });

  it('answers an inquiry from the public page on the board, with the keyboard alone', async () => {
    // The partner, on the public page.
    const partner = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const p = await partner.newPage();
    const slug = (
      await t.db.query(`SELECT slug FROM technology WHERE reference_code = 'WEEK-0001'`)
    )[0].slug as string;
    await p.goto(`${base}/en/technologies/${slug}`);
    await p.fill('#inq-name', 'Jane Park');
    await p.fill('#inq-email', 'jane.week@biotech.example');
    await p.fill('#inq-organization', 'Longwood Neurotech');
    await p.selectOption('#inq-country', 'US');
    await p.fill('#inq-message', 'We would like to license this for our surgical monitoring line.');
    await p.check('#inq-consent');
    await submit(p, 'form[action$="/inquiries"] button[type="submit"]');
    await p.waitForURL(/\/inquiries\/INQ-/);
    const statusPage = p.url();
    const reference = /INQ-\d{4}-\d{6}/.exec(statusPage)![0];

    // The curator, keyboard only: board → the inquiry → a message → send.
    const { context, page } = await signIn(CURATOR);
    await tabTo(page, 'a[href="/console/inquiries"]');
    await Promise.all([page.waitForURL(/\/console\/inquiries$/), page.keyboard.press('Enter')]);
    await tabTo(page, `a[href="/console/inquiries/${reference}"]`);
    await Promise.all([page.waitForURL(/INQ-/), page.keyboard.press('Enter')]);
    await tabTo(page, '#transition-message');
    await page.keyboard.type('Thank you. Our licensing manager will call you on Monday.');
    await tabTo(page, 'button[name="status"][value="triaged"]');
    await Promise.all([page.waitForURL(/notice=moved/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Triaged');

    await p.goto(statusPage);
    expect(await p.locator('main').textContent()).toContain(
      'Our licensing manager will call you on Monday.',
    );
    await partner.close();
    await context.close();
  });

  it('fits a phone, and axe finds no serious violation on any console page type', async () => {
    const failures: string[] = [];
    const shots = path.join(projectRoot(), 'docs', 'screenshots');
    if (SCREENSHOTS) await mkdir(shots, { recursive: true });
    const curator = await t.keyFor('curator');
    await createListing(t, curator, { titleEn: 'A second listing for the board' });
    const [{ reference }] = await t.db.query(`SELECT reference FROM inquiry LIMIT 1`);
    const [{ id }] = await t.db.query(
      `SELECT id FROM technology WHERE reference_code = 'WEEK-0001'`,
    );
    const pagesToCheck: [string, string, (page: Page) => Promise<unknown>][] = [
      ['inquiry-board', '/console/inquiries', () => Promise.resolve()],
      [
        'inquiry',
        `/console/inquiries/${reference}`,
        async (page) => {
          await page.fill('#message-body', 'Could you share your timeline?');
          await submit(page, 'button[name="intent"][value="preview"]');
        },
      ],
      ['history', `/console/listings/${id}/history`, () => Promise.resolve()],
      ['areas', '/console/areas', () => Promise.resolve()],
      ['imports', '/console/imports', () => Promise.resolve()],
      [
        'import-job',
        '/console/imports',
        async (page) => {
          await page.setInputFiles('#import-file', SAMPLE);
          await submit(page, 'form[action="/console/imports"] button[type="submit"]');
          await page.waitForURL(/\/console\/imports\/[0-9a-f-]{36}$/);
          // Once the dry run is done the page stops refreshing and offers "apply".
          await page.waitForSelector('form[action$="/apply"]', { timeout: 30_000 });
        },
      ],
      [
        'retire-area',
        '/console/areas',
        async (page) => {
          const form = 'form[action="/console/areas/diagnostics.point-of-care/retire"]';
          await page.click(`details:has(${form}) > summary`);
          await submit(page, `${form} button`);
          await page.waitForSelector('input[name="confirm"]', { state: 'attached' });
        },
      ],
      ['people', '/console/people', () => Promise.resolve()],
      [
        'api-keys',
        '/console/api-keys',
        async (page) => {
          await page.fill('#key-name', 'Partner portal');
          await submit(page, 'form[action="/console/api-keys"] button[type="submit"]');
        },
      ],
      [
        'revoke-key',
        '/console/api-keys',
        async (page) => {
          await submit(page, 'form[action$="/revoke"] button');
          await page.waitForSelector('input[name="confirm"]', { state: 'attached' });
        },
      ],
      [
        'unpublish-confirm',
        `/console/listings/${id}`,
        async (page) => {
          await submit(page, '.checklist form:has(input[value="unpublish"]) button');
          await page.waitForSelector('input[name="confirm"]', { state: 'attached' });
        },
      ],
    ];
    for (const [viewport, size] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      const { context, page } = await signIn('admin@hanbit-hospital.example', {
        javaScriptEnabled: true,
      });
      await page.setViewportSize(size);
      for (const [name, url, act] of pagesToCheck) {
        await page.goto(`${base}${url}`);
        await act(page);
        for (const v of await seriousViolations(page)) failures.push(`${name} (${viewport}): ${v}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0) {
          // Name the outermost elements that stick out, so the failure says what to fix.
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll('main *')]
              .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter((e) => !e.parentElement?.closest('.table-scroll, .board'))
              .slice(0, 3)
              .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
          );
          failures.push(`${name} (${viewport}): ${overflow}px too wide: ${wide.join(', ')}`);
        }
        if (SCREENSHOTS)
          await page.screenshot({ path: path.join(shots, `console-${name}-${viewport}.png`) });
      }
      await context.close();
    }
    expect(failures).toEqual([]);
    // Twenty-odd page types, axe on each, at two widths: about a minute on a quiet machine.
  }, 180_000);

  it('with JavaScript: warns before unsaved typing is lost, and copies a new key', async () => {
    const { context, page } = await signIn('admin@hanbit-hospital.example', {
      javaScriptEnabled: true,
    });
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    await page.goto(`${base}${listingPath}`);
    const script = await page.locator('script[src^="/assets/console."]').getAttribute('src');
    const served = await page.request.get(`${base}${script}`);
    expect(served.headers()['content-type']).toContain('text/javascript');
    await page.fill('#f-modality', 'typed and not saved');
    const dialog = new Promise<string>((resolve) => {
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      });
    });
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');

    const keys = await context.newPage();
    await keys.goto(`${base}/console/api-keys`);
    await keys.fill('#key-name', 'Copied key');
    await submit(keys, 'form[action="/console/api-keys"] button[type="submit"]');
    expect(await keys.locator('code.secret + button.copy').textContent()).toBe('Copy');
    expect(refused).toEqual([]);
    await context.close();
  });

  it('keeps a curator out of the admin pages', async () => {
    const { context, page } = await signIn(CURATOR);
    expect(await page.locator('a[href="/console/people"]').count()).toBe(0);
    const res = await page.goto(`${base}/console/people`);
    expect(res!.status()).toBe(403);
    await context.close();
  });
});
