import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM, seriousViolations, tabTo } from './support/browser.js';
import { DemoSeeder } from '../src/demo/demo-seeder.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { freePort } from './support/app-process.js';
import { startTestApp, type TestApp } from './support/harness.js';

describe('Web catalog in a real browser (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: base, INQUIRY_RATE_LIMIT: '50' });
    await t.app.get(DemoSeeder).seed(); // the bilingual demo catalog, through the real services
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(port, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox'], // CI runs as root
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets a partner do everything with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();

    // Search in Korean from the home page: the bilingual synonyms find English listings too.
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/en`);
    await page.fill('#home-q', '심근경색');
    await page.press('#home-q', 'Enter');
    await page.waitForURL(/\/en\/technologies\?q=/);
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await expect(page.locator('h1').textContent()).resolves.toContain('심근경색');

    // Search in English from the header box.
    await page.fill('#header-q', 'lung cancer');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/q=lung\+cancer/);
    const total = Number((await page.locator('#results-count').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(0);

    // Apply a facet, then remove it with its chip; every state is a URL.
    const facet = page.locator('.facets section:has(h3:text("Stage")) a.facet').first();
    await facet.click();
    await page.waitForURL(/stage=/);
    const narrowed = Number(
      (await page.locator('#results-count').textContent())!.replace(/\D/g, ''),
    );
    expect(narrowed).toBeLessThanOrEqual(total);
    await page.locator('a.chip').first().click();
    await page.waitForURL((url) => !url.search.includes('stage='));

    // Paginate through all listings.
    await page.goto(`${base}/en/technologies`);
    await page.click('a[rel="next"]');
    await page.waitForURL(/page=2/);
    await expect(page.locator('.pagination a[aria-current="page"]').textContent()).resolves.toBe(
      '2',
    );

    // Open a listing.
    const first = page.locator('.card h3 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await expect(page.locator('#patents-heading').isVisible()).resolves.toBe(true);

    // Send the inquiry form with mistakes: errors beside the fields, input kept.
    await page.fill('#inq-name', 'Jane Park');
    await page.fill('#inq-email', 'jane-at-biotech');
    await page.click('form[action$="/inquiries"] button[type="submit"]');
    await expect(page.locator('.error-summary').isVisible()).resolves.toBe(true);
    await expect(page.locator('#inq-email-error').textContent()).resolves.toContain('e-mail');
    await expect(page.inputValue('#inq-name')).resolves.toBe('Jane Park');

    // Correct them and send: the confirmation is the status page, with its private link.
    await page.fill('#inq-email', 'jane.nojs@biotech.example');
    await page.fill('#inq-organization', 'Charles River Biotherapeutics');
    await page.selectOption('#inq-country', 'US');
    await page.selectOption('#inq-interest', 'evaluation');
    await page.fill('#inq-message', 'We would like to evaluate this for our cardiology pipeline.');
    await page.check('#inq-consent');
    await page.click('form[action$="/inquiries"] button[type="submit"]');
    await page.waitForURL(/\/en\/inquiries\/INQ-\d{4}-\d{6}\?token=/);
    await expect(page.locator('.banner h1').textContent()).resolves.toContain('Thank you');
    const statusLink = (await page.locator('.banner a').getAttribute('href'))!;

    // Open the status page from the link, write to the office, switch language.
    await page.goto(statusLink);
    await expect(page.locator('.status').textContent()).resolves.toBe('Received');
    await page.fill('#partner-message', 'Could we see the validation data?');
    await page.click('form[action$="/messages"] button');
    await expect(page.locator('.banner').textContent()).resolves.toContain('message was sent');
    await page.click('a.lang-switch');
    await page.waitForURL(/\/ko\/inquiries\//);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.locator('.status').textContent()).resolves.toBe('접수됨');
    await expect(page.locator('.timeline').textContent()).resolves.toContain(
      'Could we see the validation data?',
    );
    await context.close();
  });

  it('has no serious or critical accessibility violations on any page type', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const slug = await t.db.query<{ slug: string }[]>(
      `SELECT slug FROM technology WHERE status = 'published' ORDER BY reference_code LIMIT 1`,
    );
    const pages: [string, () => Promise<unknown>][] = [
      ['home (en)', () => page.goto(`${base}/en`)],
      ['home (ko)', () => page.goto(`${base}/ko`)],
      ['results', () => page.goto(`${base}/ko/technologies?q=암&area=therapeutics`)],
      ['no results', () => page.goto(`${base}/en/technologies?q=lung+cancer&stage=approved`)],
      ['listing', () => page.goto(`${base}/en/technologies/${slug[0].slug}`)],
      [
        'listing with form errors',
        async () => {
          await page.goto(`${base}/ko/technologies/${slug[0].slug}`);
          await page.click('form[action$="/inquiries"] button[type="submit"]');
          await page.waitForSelector('.error-summary');
        },
      ],
      [
        'inquiry status',
        async () => {
          await page.goto(`${base}/en/technologies/${slug[0].slug}`);
          await page.fill('#inq-name', 'Min-ji Kim');
          await page.fill('#inq-email', 'minji.axe@biotech.example');
          await page.fill('#inq-organization', 'Seoul Bio');
          await page.selectOption('#inq-country', 'KR');
          await page.fill('#inq-message', 'We are interested in a co-development project.');
          await page.check('#inq-consent');
          await page.click('form[action$="/inquiries"] button[type="submit"]');
          await page.waitForURL(/\/inquiries\/INQ-/);
        },
      ],
      ['not found', () => page.goto(`${base}/en/technologies/no-such-listing`)],
    ];
    const failures: string[] = [];
    for (const [name, open] of pages) {
      await open();
      for (const violation of await seriousViolations(page)) failures.push(`${name}: ${violation}`);
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  it('can be used with the keyboard alone: search → listing → inquiry', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/en`);

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip');

    await tabTo(page, '#home-q');
    await page.keyboard.type('cancer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=cancer/);

    await tabTo(page, '.card h3 a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/technologies\/[a-z0-9-]+(\?ref=search&pos=\d+)?$/);

    await tabTo(page, '#inq-name');
    await page.keyboard.type('Alex Kim');
    await tabTo(page, '#inq-email');
    await page.keyboard.type('alex.keyboard@biotech.example');
    await tabTo(page, '#inq-organization');
    await page.keyboard.type('Boston Biologics');
    await tabTo(page, '#inq-country');
    await page.keyboard.type('United States');
    await tabTo(page, '#inq-message');
    await page.keyboard.type('We would like to license this for a phase 1 program.');
    await tabTo(page, '#inq-consent');
    await page.keyboard.press('Space');
    await tabTo(page, 'form[action$="/inquiries"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/inquiries\/INQ-\d{4}-\d{6}\?token=/);
    await expect(page.locator('.banner h1').textContent()).resolves.toContain('Thank you');

    const [row] = await t.db.query(
      `SELECT country, organization FROM inquiry WHERE email = 'alex.keyboard@biotech.example'`,
    );
    expect(row).toEqual({ country: 'US', organization: 'Boston Biologics' });
    await context.close();
  });

  it('fits a phone screen: nothing wider than the viewport', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['/ko', '/en/technologies?q=cancer']) {
      await page.goto(`${base}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await context.close();
  });
});
