import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, chromium } from 'playwright-core';
import { StaffAccountsService } from '../src/accounts/staff-accounts.service.js';
import { freePort } from './support/app-process.js';
import { CHROMIUM, seriousViolations, tabTo } from './support/browser.js';
import { createListing } from './support/harness.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { STRONG_PASSWORD } from './support/staff.js';

describe('staff sign-in in a real browser (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: base });
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

  it('creates the first admin and signs in with the keyboard alone, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR' });
    const page = await context.newPage();
    const link = (await t.app.get(StaffAccountsService).setupLinkIfNoStaff())!;

    await page.goto(link.replace('lang=en', 'lang=ko'));
    expect(await page.locator('h1').textContent()).toBe('첫 관리자 계정 만들기');
    await tabTo(page, '#acc-email');
    await page.keyboard.type('keyboard.admin@hanbit-hospital.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('김키보드');
    await page.keyboard.press('Tab'); // the language select: leave it on 한국어
    await page.keyboard.press('Tab');
    await page.keyboard.type('short');
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    // A weak password: the form comes back with the error beside the field, nothing else lost.
    expect(await page.locator('#acc-password-error').textContent()).toContain('12자');
    expect(await page.inputValue('#acc-email')).toBe('keyboard.admin@hanbit-hospital.example');
    await page.focus('#acc-password');
    await page.keyboard.type(STRONG_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/sign-in\?/);

    expect(await page.locator('[role=status]').textContent()).toContain(
      '비밀번호가 설정되었습니다',
    );
    // The address is filled in; the keyboard user goes on to the password.
    expect(await page.inputValue('#acc-email')).toBe('keyboard.admin@hanbit-hospital.example');
    await tabTo(page, '#acc-password');
    await page.keyboard.type(STRONG_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/console`);
    expect(await page.locator('h1').textContent()).toBe('직원 콘솔');
    expect(await page.locator('main').textContent()).toContain('김키보드');

    await tabTo(page, 'form[action="/console/sign-out"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/notice=signed-out/);
    await page.goto(`${base}/console`);
    expect(page.url()).toContain('/console/sign-in?next=%2Fconsole');
    await context.close();
  });

  it('fits a phone screen, and axe finds no serious violation on any account page', async () => {
    // axe runs in the page, so this context has JavaScript; the pages do not need it.
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    const failures: string[] = [];
    const check = async (name: string) => {
      for (const violation of await seriousViolations(page)) failures.push(`${name}: ${violation}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (overflow > 0) failures.push(`${name}: ${overflow}px wider than the phone`);
    };
    for (const path of [
      '/console/sign-in?lang=en',
      '/console/forgot-password?lang=ko',
      '/console/reset-password?token=x&lang=en',
    ]) {
      await page.goto(`${base}${path}`);
      await check(path);
    }
    await page.goto(`${base}/console/sign-in?lang=en`);
    await page.fill('#acc-email', 'keyboard.admin@hanbit-hospital.example'); // the first case's admin
    await page.fill('#acc-password', 'not the password at all');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    await check('sign-in refused');
    await page.fill('#acc-password', STRONG_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/console`);
    // The dashboard's tables and the listings list with rows in them.
    const curator = await t.keyFor('curator');
    await createListing(t, curator, { titleEn: 'A published listing for the phone' });
    await createListing(t, curator, { titleEn: 'A draft listing for the phone' }, false);
    await page.goto(`${base}/console`);
    await check('console home');
    await page.goto(`${base}/console/listings?status=draft&sort=title`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await check('listings');
    await page.click('tbody a');
    await page.waitForSelector('#checklist-heading');
    await check('listing editor');
    await page.click('a[href$="/preview"]');
    await page.waitForSelector('.preview-banner');
    await check('listing preview');
    // The public page of a listing with a patent table (it used to push the page sideways).
    await page.goto(`${base}/ko/technologies/a-published-listing-for-the-phone`);
    await check('public listing');
    await page.goto(`${base}/console/listings/new`);
    await page.click('.editor-form button[type=submit]'); // nothing filled in: errors beside fields
    await page.waitForSelector('.error-summary');
    await check('new listing with errors');
    expect(failures).toEqual([]);
    await context.close();
  });
});
