import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { advance, sendInquiry } from './support/inquiries.js';
import { browser, setUpFirstAdmin, signedIn } from './support/staff.js';

describe('console dashboard: what needs the office today', () => {
  let t: TestApp;
  let curator: string;
  let page: string;
  let staff: Awaited<ReturnType<typeof signedIn>>['agent'];

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    const answered = await createListing(t, curator, { titleEn: 'Answered inquiry target' });
    const waiting = await createListing(t, curator, { titleEn: 'Waiting inquiry target' });
    const a = await sendInquiry(t, answered.slug, { organization: 'Answered Bio Inc.' });
    await advance(t, curator, a.reference, ['triaged']);
    await sendInquiry(t, waiting.slug, { organization: 'Boston Waiting Bio' });

    const stale = await createListing(t, curator, { titleEn: 'Stale published listing' });
    await t.db.query(
      `UPDATE technology SET last_verified_at = now() - interval '13 months',
         published_at = now() - interval '14 months' WHERE id = $1`,
      [stale.id],
    );
    await createListing(t, curator, { titleEn: 'Unfinished draft listing' }, false);
    await createListing(t, curator, {
      titleEn: 'Listing with lapsed patents',
      patents: [
        { jurisdiction: 'KR', number: '10-2019-0012345', type: 'application', status: 'abandoned' },
        { jurisdiction: 'US', number: '10,234,567', type: 'grant', status: 'expired' },
      ],
    });

    const admin = await setUpFirstAdmin(t);
    const { agent } = await signedIn(t, admin.email, admin.password);
    staff = agent;
    const res = await agent.get('/console').expect(200);
    expect(res.headers['cache-control']).toContain('no-store');
    page = res.text;
    // The page is in the user's language (their setting): no switch that would do nothing.
    expect(page).not.toContain('class="lang-switch"');
    const signIn = await browser(t).get('/console/sign-in?lang=en').expect(200);
    expect(signIn.text).toContain('class="lang-switch"');
  });
  afterAll(() => t.close());

  /** The HTML of one dashboard section. */
  const section = (id: string) => {
    const start = page.indexOf(`aria-labelledby="${id}"`);
    expect(start).toBeGreaterThan(0);
    return page.slice(start, page.indexOf('</section>', start));
  };

  it('lists inquiries no one has answered yet, with their age', () => {
    const awaiting = section('awaiting');
    expect(awaiting).toContain('Boston Waiting Bio');
    expect(awaiting).toContain('Waiting inquiry target');
    expect(awaiting).toMatch(/<td>0 h<\/td>/);
    expect(awaiting).not.toContain('Answered Bio Inc.');
    expect(awaiting).toContain('(1)');
  });

  it('lists listings unverified for a year, drafts and listings without a live patent', () => {
    expect(section('unverified')).toContain('Stale published listing');
    expect(section('unverified')).not.toContain('Unfinished draft listing');
    expect(section('drafts')).toContain('Unfinished draft listing');
    expect(section('drafts')).not.toContain('Stale published listing');
    expect(section('lapsed')).toContain('Listing with lapsed patents');
    expect(section('lapsed')).not.toContain('Answered inquiry target');
    expect(section('recent')).toContain('Listing with lapsed patents');
  });

  it('is for signed-in staff only', async () => {
    const res = await browser(t).get('/console').expect(303);
    expect(res.headers.location).toBe('/console/sign-in?next=%2Fconsole');
    const list = await browser(t).get('/console/listings?status=draft').expect(303);
    expect(list.headers.location).toBe(
      '/console/sign-in?next=%2Fconsole%2Flistings%3Fstatus%3Ddraft',
    );
  });

  it('lists listings in every status, filtered by status, words and area, and sorted', async () => {
    const rowsOf = (html: string) =>
      [...html.matchAll(/<tr><td>(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1]);
    const all = await staff.get('/console/listings').expect(200);
    expect(all.headers['cache-control']).toContain('no-store');
    expect(rowsOf(all.text)).toEqual(
      expect.arrayContaining(['Unfinished draft listing', 'Stale published listing']),
    );
    expect(all.text).toContain('5 listings');

    const drafts = await staff.get('/console/listings').query({ status: 'draft' }).expect(200);
    expect(rowsOf(drafts.text)).toEqual(['Unfinished draft listing']);
    expect(drafts.text).toContain('<option value="draft" selected>');

    const words = await staff.get('/console/listings').query({ q: 'lapsed', status: '' });
    expect(rowsOf(words.text)).toEqual(['Listing with lapsed patents']);
    expect(words.text).toContain('value="lapsed"');

    const area = await staff.get('/console/listings').query({ area: 'therapeutics' }).expect(200);
    expect(area.text).toContain('0 listings');

    const byTitle = await staff.get('/console/listings').query({ sort: 'title' }).expect(200);
    const titles = rowsOf(byTitle.text);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(titles).toHaveLength(5);

    const bad = await staff.get('/console/listings').query({ status: 'deleted' }).expect(400);
    expect(bad.type).toBe('text/html');
  });
});
