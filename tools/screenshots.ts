/**
 * Screenshots of each page type at desktop and phone width, for the README:
 *   npm start            (in one terminal: the demo catalog)
 *   npm run screenshots  (in another; or `npm run screenshots -- http://host:port`)
 * Uses Debian's Chromium (/usr/bin/chromium); Korean text needs a CJK font (fonts-noto-cjk).
 * It sends one inquiry through the form, to show the status page.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../src/runtime/project-root.js';

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

type Step = (page: Page, base: string) => Promise<unknown>;

async function firstListing(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/en/technologies?q=lung+cancer`);
  return (await page.locator('.card h3 a').first().getAttribute('href'))!;
}

const PAGES: Record<string, Step> = {
  home: (page, base) => page.goto(`${base}/en`),
  results: (page, base) => page.goto(`${base}/ko/technologies?q=암&area=diagnostics`),
  'no-results': (page, base) =>
    page.goto(`${base}/en/technologies?q=lung+cancer&stage=approved&jurisdiction=CN`),
  listing: async (page, base) => page.goto(`${base}${await firstListing(page, base)}`),
  'inquiry-errors': async (page, base) => {
    await page.goto(`${base}${(await firstListing(page, base)).replace('/en/', '/ko/')}`);
    await page.fill('#inq-email', 'not-an-email');
    await page.click('form[action$="/inquiries"] button[type="submit"]');
    await page.locator('#inquiry').scrollIntoViewIfNeeded();
  },
  'inquiry-status': async (page, base) => {
    await page.goto(`${base}${await firstListing(page, base)}`);
    await page.fill('#inq-name', 'Jane Park');
    await page.fill('#inq-email', `jane.${Date.now()}@biotech.example`);
    await page.fill('#inq-organization', 'Charles River Biotherapeutics');
    await page.selectOption('#inq-country', 'US');
    await page.fill('#inq-message', 'We would like to evaluate this for our oncology program.');
    await page.check('#inq-consent');
    await page.click('form[action$="/inquiries"] button[type="submit"]');
    await page.waitForURL(/\/inquiries\/INQ-/);
  },
  // A staff account named admin@… may not exist: the refused sign-in is what this shows.
  'sign-in': async (page, base) => {
    await page.goto(`${base}/console/sign-in?lang=ko`);
    await page.fill('#acc-email', 'curator@hanbit-hospital.example');
    await page.fill('#acc-password', 'not the right password');
    await page.click('form[action="/console/sign-in"] button[type="submit"]');
    await page.waitForSelector('[role=alert]');
  },
};

async function main() {
  const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/+$/, '');
  const out = path.join(projectRoot(), 'docs', 'screenshots');
  await mkdir(out, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [kind, open] of Object.entries(PAGES)) {
        await open(page, base);
        const file = path.join(out, `${kind}-${name}.png`);
        await page.screenshot({ path: file });
        console.log(`saved ${path.relative(projectRoot(), file)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
