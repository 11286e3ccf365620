import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { freePort } from './support/app-process.js';
import { CHROMIUM, seriousViolations } from './support/browser.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { mailFilesFor, readMail } from './support/inquiries.js';

/** With ALERT_SCREENSHOTS=1 the axe pass also writes docs/screenshots/alert-*.png. */
const SCREENSHOTS = process.env.ALERT_SCREENSHOTS === '1';
const SHOTS = path.join(projectRoot(), 'docs', 'screenshots');

describe('saved-search alerts in a real browser (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  const email = 'scout.browser@biotech.example';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-alerts-browser-'));
    t = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: base, DATA_DIR: dataDir });
    const curator = await t.keyFor('curator');
    await createListing(t, curator, {
      titleEn: 'Retinal prosthesis for macular degeneration',
      titleKo: '황반변성 인공 망막',
    });
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(port, '127.0.0.1');
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

  /** The confirmation and unsubscribe links of the newest alert of `email`, from its mail. */
  async function mailLinks(): Promise<{ confirm: string; unsubscribe: string }> {
    await t.app.get(OutboxRelay).drain();
    const [alert] = await t.db.query<{ id: string }[]>(
      'SELECT id FROM saved_search WHERE email = $1 ORDER BY created_at DESC',
      [email],
    );
    const [name] = (await mailFilesFor(dataDir, `alert:${alert.id}`)).filter((n) =>
      n.includes('-alert.confirmation-'),
    );
    const mail = await simpleParser(await readMail(dataDir, name));
    const headers = Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line]));
    const unsubscribe = /<([^>]+)>/.exec(headers['list-unsubscribe'])![1];
    return {
      confirm: /https?:\/\/\S+\/alerts\/confirm\?token=\S+/.exec(mail.text ?? '')![0],
      unsubscribe,
    };
  }

  it('a partner follows a search, confirms, changes and stops it with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/en/technologies?q=retinal`);
    expect(await page.locator('.card').count()).toBe(1);
    // A mistyped address: the error beside the field, the search kept.
    await page.fill('#follow-email', 'scout-at-biotech');
    await page.click('form[action="/en/alerts"] button[type="submit"]');
    await expect(page.locator('#follow-email-error').isVisible()).resolves.toBe(true);
    await page.fill('#follow-email', email);
    await page.selectOption('#follow-cadence', 'daily');
    await page.click('form[action="/en/alerts"] button[type="submit"]');
    await page.waitForURL(`${base}/en/alerts/requested`);

    await page.goto((await mailLinks()).confirm);
    await expect(page.locator('h1').textContent()).resolves.toBe('Your alert is on');
    await page.click('main a[href^="/en/alerts/manage?token="]');
    await page.waitForURL(/\/en\/alerts\/manage\?token=/);
    await expect(page.locator('.alert-item').textContent()).resolves.toContain('retinal');
    await page.selectOption('#cadence-0', 'weekly');
    await page.click('form[action="/en/alerts/manage/cadence"] button');
    await page.waitForSelector('[role=status]');
    const [row] = await t.db.query<{ cadence: string; status: string }[]>(
      'SELECT cadence, status FROM saved_search WHERE email = $1',
      [email],
    );
    expect(row).toEqual({ cadence: 'weekly', status: 'active' });
    await page.click('form[action="/en/alerts/manage/unsubscribe"] button');
    await page.waitForSelector('[role=status]');
    expect(await t.db.query('SELECT 1 FROM saved_search WHERE email = $1', [email])).toEqual([]);
    await context.close();
  });

  it('axe finds nothing serious on the alert pages, on a phone and a desktop', async () => {
    const failures: string[] = [];
    // axe runs as a script: this context has JavaScript, the pages do not need it.
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    if (SCREENSHOTS) await mkdir(SHOTS, { recursive: true });
    const check = async (name: string, shot?: string) => {
      for (const v of await seriousViolations(page)) failures.push(`${name}: ${v}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (overflow > 0) failures.push(`${name}: ${overflow}px wider than the screen`);
      if (SCREENSHOTS && shot)
        await page.screenshot({ path: path.join(SHOTS, `alert-${shot}.png`), fullPage: true });
    };
    for (const [viewport, size] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`${base}/ko/technologies?q=${encodeURIComponent('망막')}`);
      await check(`results with the follow form (${viewport})`, `results-${viewport}`);
      await page.goto(`${base}/en/alerts/new?q=retinal&area=medical-devices`);
      await check(`follow page (${viewport})`);
      await page.click('form[action="/en/alerts"] button[type="submit"]');
      await page.waitForSelector('#follow-email-error');
      await check(`follow page with an error (${viewport})`, `follow-error-${viewport}`);
      await page.fill('#follow-email', email);
      await page.click('form[action="/en/alerts"] button[type="submit"]');
      await page.waitForURL(`${base}/en/alerts/requested`);
      await check(`requested (${viewport})`);
      const links = await mailLinks();
      await page.goto(links.confirm);
      await check(`confirmed (${viewport})`);
      await page.click('main a[href^="/en/alerts/manage?token="]');
      await page.waitForURL(/manage\?token=/);
      await check(`manage (${viewport})`, `manage-${viewport}`);
      await page.goto(links.unsubscribe);
      await expect(page.locator('form[method="post"] button').count()).resolves.toBe(1);
      await check(`unsubscribe (${viewport})`, `unsubscribe-${viewport}`);
      await page.goto(`${base}/ko/alerts/confirm?token=not-a-token`);
      await check(`invalid link (${viewport})`);
      await t.db.query('DELETE FROM saved_search WHERE email = $1', [email]);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 120_000);
});
