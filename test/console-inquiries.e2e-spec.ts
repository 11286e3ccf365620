import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import {
  advance,
  formBody,
  mailFilesFor,
  readMail,
  sendInquiry,
  type SentInquiry,
} from './support/inquiries.js';
import { browser, FORM, pathOf, setUpFirstAdmin, signedIn } from './support/staff.js';

/** The value of a hidden input in a page. */
const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

/** The HTML of one board column. */
const column = (html: string, status: string) => {
  const start = html.indexOf(`aria-labelledby="col-${status}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
};

describe('console inquiry board and inquiry page', () => {
  let t: TestApp;
  let curator: string;
  let staff: { agent: TestAgent; csrf: string };
  let adminEmail: string;
  let waiting: SentInquiry;
  let younger: SentInquiry;
  let triaged: SentInquiry;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    const listing = await createListing(t, curator, { titleEn: 'Retinal implant for the board' });
    waiting = await sendInquiry(t, listing.slug, { organization: 'Oldest Waiting Bio' });
    await t.db.query(
      `UPDATE inquiry SET created_at = now() - interval '3 days' WHERE reference = $1`,
      [waiting.reference],
    );
    younger = await sendInquiry(t, listing.slug, { organization: 'Younger Cambridge Labs' });
    triaged = await sendInquiry(t, listing.slug, { organization: 'Triaged Therapeutics' });
    await advance(t, curator, triaged.reference, ['triaged']);
    const admin = await setUpFirstAdmin(t);
    adminEmail = admin.email;
    staff = await signedIn(t, admin.email, admin.password);
  });
  afterAll(() => t.close());

  const detail = async (reference: string) => {
    const res = await staff.agent.get(`/console/inquiries/${reference}`).expect(200);
    expect(res.headers['cache-control']).toContain('no-store');
    return res.text;
  };
  const post = (reference: string, action: string, fields: Record<string, string>) =>
    staff.agent
      .post(`/console/inquiries/${reference}/${action}`)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf, ...fields }));
  const partnerPage = async (inquiry: SentInquiry) =>
    (await browser(t).get(pathOf(inquiry.statusUrl)).expect(200)).text;
  const mailsOf = async (reference: string) => {
    await t.app.get(OutboxRelay).drain();
    return mailFilesFor(t.config.dataDir, reference);
  };

  it('shows open inquiries by status, the longest waiting first, for staff only', async () => {
    const res = await staff.agent.get('/console/inquiries').expect(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const fresh = column(res.text, 'new');
    expect(fresh).toContain('(2)');
    expect(fresh.indexOf('Oldest Waiting Bio')).toBeGreaterThan(0);
    expect(fresh.indexOf('Oldest Waiting Bio')).toBeLessThan(fresh.indexOf('Younger Cambridge'));
    expect(fresh).toContain(`href="/console/inquiries/${waiting.reference}"`);
    expect(fresh).toContain('Waiting: 3 days');
    expect(column(res.text, 'triaged')).toContain('Triaged Therapeutics');
    expect(column(res.text, 'licensed')).toBe('');

    const signedOut = await browser(t).get('/console/inquiries').expect(303);
    expect(signedOut.headers.location).toBe('/console/sign-in?next=%2Fconsole%2Finquiries');
    await browser(t).get(`/console/inquiries/${waiting.reference}`).expect(303);
  });

  it('filters by words and status, and shows closed columns when asked', async () => {
    const words = await staff.agent.get('/console/inquiries').query({ q: 'cambridge' });
    expect(column(words.text, 'new')).toContain('Younger Cambridge Labs');
    expect(column(words.text, 'new')).not.toContain('Oldest Waiting Bio');
    expect(column(words.text, 'triaged')).toContain('(0)');

    const one = await staff.agent.get('/console/inquiries').query({ status: 'triaged' });
    expect(one.text).toContain('Triaged Therapeutics');
    expect(one.text).not.toContain('Oldest Waiting Bio');
    expect(one.text).toContain('<option value="triaged" selected>');

    const closed = await staff.agent.get('/console/inquiries').query({ closed: '1' });
    expect(column(closed.text, 'declined')).toContain('(0)');

    const bad = await staff.agent.get('/console/inquiries').query({ from: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.type).toBe('text/html');
  });

  it('shows the partner, their message and only the allowed next steps', async () => {
    const html = await detail(waiting.reference);
    expect(html).toContain('Oldest Waiting Bio');
    expect(html).toContain('oncology program');
    expect(html).toContain('Retinal implant for the board');
    expect(html).toContain('name="status" value="triaged"');
    expect(html).not.toContain('name="status" value="in_discussion"');
    expect(html).toContain('Inquiry received');
    await staff.agent.get('/console/inquiries/INQ-2026-999999').expect(404);
  });

  it('moves an inquiry on with a message the partner sees, after CSRF and version checks', async () => {
    const html = await detail(waiting.reference);
    const version = hidden(html, 'version');
    const before = (await mailsOf(waiting.reference)).length;

    const forged = await staff.agent
      .post(`/console/inquiries/${waiting.reference}/transition`)
      .type(FORM)
      .send(formBody({ status: 'triaged', version }));
    expect(forged.status).toBe(403);

    const moved = await post(waiting.reference, 'transition', {
      status: 'triaged',
      version,
      message: 'Thank you — our licensing manager will call you this week.',
    }).expect(303);
    expect(moved.headers.location).toBe(`/console/inquiries/${waiting.reference}?notice=moved`);
    const after = (await staff.agent.get(moved.headers.location).expect(200)).text;
    expect(after).toContain('Status changed; the partner was told.');
    expect(after).toContain('name="status" value="in_discussion"');
    expect(await partnerPage(waiting)).toContain('our licensing manager will call you this week');
    expect((await mailsOf(waiting.reference)).length).toBe(before + 1);

    // The same form again (its version is old now): refused, the text kept, nothing changed.
    const stale = await post(waiting.reference, 'transition', {
      status: 'in_discussion',
      version,
      message: 'A second message typed on a stale page',
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Someone else changed this inquiry');
    expect(stale.text).toContain('A second message typed on a stale page');
    const api = await t.http
      .get(`/api/v1/admin/inquiries/${waiting.reference}`)
      .set(bearer(curator))
      .expect(200);
    expect(api.body.status).toBe('triaged');
  });

  it('declines with a reason; a missing note for "other" is shown beside its field', async () => {
    const version = hidden(await detail(younger.reference), 'version');
    const missing = await post(younger.reference, 'transition', {
      status: 'declined',
      declineReason: 'other',
      version,
    });
    expect(missing.status).toBe(422);
    expect(missing.text).toMatch(/id="decline-declineNote-error"/);
    expect(missing.text).toContain('<option value="other" selected>');

    await post(younger.reference, 'transition', {
      status: 'declined',
      declineReason: 'other',
      declineNote: 'Competes with a licence under negotiation',
      version,
    }).expect(303);
    const html = await detail(younger.reference);
    expect(html).toContain('This inquiry is closed');
    expect(html).toContain('Competes with a licence under negotiation');
    expect(await partnerPage(younger)).not.toContain('Competes with a licence');
  });

  it('assigns to a staff member and filters the board by assignee', async () => {
    const html = await detail(triaged.reference);
    expect(html).toContain(`<option value="${adminEmail}">`);
    await post(triaged.reference, 'assign', {
      assignee: adminEmail,
      version: hidden(html, 'version'),
    }).expect(303);
    const after = await detail(triaged.reference);
    expect(after).toContain(`<option value="${adminEmail}" selected>`);
    expect(after).toContain('Assignee changed</strong>: Unassigned → First Admin');
    const mine = await staff.agent.get('/console/inquiries').query({ assignee: adminEmail });
    expect(mine.text).toContain('Triaged Therapeutics');
    expect(mine.text).not.toContain('Oldest Waiting Bio');
    const nobody = await staff.agent.get('/console/inquiries').query({ assignee: 'none' });
    expect(nobody.text).not.toContain('Triaged Therapeutics');
  });

  it('keeps notes internal and previews a message before sending it', async () => {
    await post(triaged.reference, 'notes', { body: 'Call back after their board meeting' });
    expect(await detail(triaged.reference)).toContain('Call back after their board meeting');
    expect(await partnerPage(triaged)).not.toContain('board meeting');

    const before = await mailsOf(triaged.reference);
    const empty = await post(triaged.reference, 'messages', { body: '', intent: 'preview' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('id="message-body-error"');

    const preview = await post(triaged.reference, 'messages', {
      body: 'Could you share your development timeline?',
      intent: 'preview',
    }).expect(200);
    expect(preview.text).toContain('The mail the partner will get');
    expect(preview.text).toContain(`[${triaged.reference}]`);
    expect(preview.text).toContain('Could you share your development timeline?');
    expect(await mailsOf(triaged.reference)).toEqual(before);
    expect(await partnerPage(triaged)).not.toContain('development timeline');

    await post(triaged.reference, 'messages', {
      body: 'Could you share your development timeline?',
      intent: 'send',
    }).expect(303);
    const sent = await mailsOf(triaged.reference);
    expect(sent.length).toBe(before.length + 1);
    const newest = sent.find((n) => !before.includes(n))!;
    expect(await readMail(t.config.dataDir, newest)).toContain('development timeline');
    expect(await partnerPage(triaged)).toContain('Could you share your development timeline?');
  });

  it('shows the funnel and exports a date range as CSV', async () => {
    const board = await staff.agent.get('/console/inquiries').expect(200);
    const funnel = board.text.slice(board.text.indexOf('id="funnel-heading"'));
    expect(funnel).toMatch(/<th scope="row">New<\/th><td>3<\/td><td>0<\/td>/);
    expect(funnel).toMatch(/<th scope="row">Triaged<\/th><td>2<\/td><td>2<\/td>/);
    expect(funnel).toMatch(/<th scope="row">Declined<\/th><td>1<\/td><td>1<\/td>/);

    const today = new Date().toISOString().slice(0, 10);
    const csv = await staff.agent
      .get('/console/inquiries/export')
      .query({ exportFrom: '2020-01-01', exportTo: today })
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['cache-control']).toContain('no-store');
    for (const i of [waiting, younger, triaged]) expect(csv.text).toContain(i.reference);

    const missing = await staff.agent
      .get('/console/inquiries/export')
      .query({ exportFrom: '2020-01-01', exportTo: '' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('id="f-exportTo-error"');
    expect(missing.text).toContain('value="2020-01-01"');
  });

  it('speaks the language the staff member chose', async () => {
    await t.db.query(`UPDATE staff_user SET language = 'ko' WHERE email = $1`, [adminEmail]);
    try {
      const board = await staff.agent.get('/console/inquiries').expect(200);
      expect(board.text).toContain('<h1 id="inquiries-heading">문의</h1>');
      expect(column(board.text, 'new')).toContain('신규');
      const one = await detail(triaged.reference);
      expect(one).toContain('다음 단계');
      expect(one).toContain('문의자에게 메시지');
    } finally {
      await t.db.query(`UPDATE staff_user SET language = 'en' WHERE email = $1`, [adminEmail]);
    }
  });
});
