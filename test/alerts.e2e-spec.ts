import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { simpleParser, type ParsedMail } from 'mailparser';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AlertDigests } from '../src/alerts/alert-digests.js';
import { AlertScheduler } from '../src/alerts/alert-scheduler.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { formBody, mailFilesFor, readMail } from './support/inquiries.js';

const BASE = 'https://catalog.hanbit-hospital.example';
const DAY = 24 * 3600_000;
const FORM = 'application/x-www-form-urlencoded';

describe('saved-search e-mail alerts', () => {
  let t: TestApp;
  let curator: string;
  let dataDir: string;
  /** The digest job's clock: each run is a week later, so every alert is due again. */
  let clock = Date.now();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-alerts-'));
    // No background relay: the test decides when the index and the mail catch up.
    t = await startTestApp({
      DATA_DIR: dataDir,
      OUTBOX_RELAY: 'false',
      INQUIRY_RATE_LIMIT: '10000',
      PUBLIC_BASE_URL: BASE,
    });
    curator = await t.keyFor('curator');
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(OutboxRelay).drain();
  const digest = async () => {
    clock += 8 * DAY;
    const run = await t.app.get(AlertDigests).runDue(new Date(clock));
    await drain();
    return run;
  };
  const word = () => `zq${randomBytes(4).toString('hex')}`;

  const alertOf = (email: string) =>
    t.db.query<{ id: string; status: string; cadence: string }[]>(
      'SELECT * FROM saved_search WHERE email = $1 ORDER BY created_at DESC',
      [email],
    );

  const mailsOf = async (alertId: string, kind: string): Promise<ParsedMail[]> => {
    const names = (await mailFilesFor(dataDir, `alert:${alertId}`)).filter((n) =>
      n.includes(`-${kind}-`),
    );
    return Promise.all(names.map(async (n) => simpleParser(await readMail(dataDir, n))));
  };

  /** Follows `q` through the web form and returns the alert row and the confirmation link. */
  const follow = async (email: string, fields: Record<string, string>) => {
    await t.http
      .post('/en/alerts')
      .type(FORM)
      .send(formBody({ email, cadence: 'weekly', ...fields }))
      .expect(303)
      .expect('Location', '/en/alerts/requested');
    await drain();
    const [alert] = await alertOf(email);
    const [confirmation] = await mailsOf(alert.id, 'alert.confirmation');
    const link = /https:\/\/\S+\/alerts\/confirm\?token=\S+/.exec(confirmation.text ?? '')![0];
    return { alert, confirmation, link: new URL(link) };
  };

  const publishListing = (title: string, overrides: Record<string, unknown> = {}) =>
    createListing(t, curator, { titleEn: title, titleKo: `시험 ${title}`, ...overrides });

  it('follow, confirm, digest exactly the matches once, unsubscribe with the RFC 8058 POST', async () => {
    const q = word();
    const email = `scout.${q}@biotech.example`;
    const { alert, confirmation, link } = await follow(email, { q });
    expect(alert.status).toBe('pending');
    expect(confirmation.to).toMatchObject({ value: [{ address: email }] });
    expect(confirmation.subject).toContain(q);
    expect(link.origin).toBe(BASE);

    // Nothing is sent before the address confirms.
    await publishListing(`Sepsis chip ${q} before confirming`);
    await drain();
    expect((await digest()).mails).toBe(0);

    const confirmed = await t.http.get(`${link.pathname}${link.search}`).expect(200);
    expect(confirmed.text).toContain('Your alert is on');
    expect(confirmed.headers['cache-control']).toBe('no-store');
    expect((await alertOf(email))[0].status).toBe('active');

    const first = await publishListing(`Microfluidic sepsis chip ${q}`);
    const second = await publishListing(`Bedside lactate sensor`, {
      summaryEn: `Reads ${q} fast.`,
    });
    await publishListing('Unrelated knee implant'); // does not match
    await createListing(t, curator, { titleEn: `Draft ${q} never sent` }, false); // a draft
    await drain();

    expect(await digest()).toMatchObject({ alerts: 1, mails: 1, deferred: 0 });
    const [mail] = await mailsOf(alert.id, 'alert.digest');
    const listed = [...(mail.text ?? '').matchAll(/\/en\/technologies\/([a-z0-9-]+)/g)].map(
      (m) => m[1],
    );
    expect(listed.sort()).toEqual([first.slug, second.slug].sort());
    expect(mail.subject).toBe(`2 new technologies: “${q}”`);
    expect(mail.text).not.toMatch(/knee implant|before confirming|never sent/);
    const headers = Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line]));
    const unsubscribe = /<(https:\/\/[^>]+)>/.exec(headers['list-unsubscribe'])![1];
    expect(headers['list-unsubscribe-post']).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail.text).toContain(unsubscribe);
    expect(mail.text).toMatch(/\/en\/alerts\/manage\?token=/);

    // Nothing new: no mail.
    expect(await digest()).toMatchObject({ alerts: 1, mails: 0 });
    expect(await mailsOf(alert.id, 'alert.digest')).toHaveLength(1);

    // A GET of the link (a mail scanner's) changes nothing; the one-click POST unsubscribes,
    // from a mail provider's server (another origin, its own body).
    const url = new URL(unsubscribe);
    const page = await t.http.get(`${url.pathname}${url.search}`).expect(200);
    expect(page.text).toContain('<form method="post"');
    expect(await alertOf(email)).toHaveLength(1);
    await t.http
      .post(`${url.pathname}${url.search}`)
      .set('Origin', 'https://mail.provider.example')
      .type(FORM)
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(await alertOf(email)).toHaveLength(0);
    const rows = await t.db.query('SELECT count(*)::int AS n FROM saved_search WHERE email = $1', [
      email,
    ]);
    expect(rows[0].n).toBe(0); // the address is gone
    await t.http
      .post(`${url.pathname}${url.search}`)
      .type(FORM)
      .send('List-Unsubscribe=One-Click')
      .expect(200); // again: still fine

    await publishListing(`Another sepsis chip ${q}`);
    await drain();
    await digest();
    expect(await mailsOf(alert.id, 'alert.digest')).toHaveLength(1);
  });

  it('counts substantive updates of matching listings, not cosmetic ones, and honours filters', async () => {
    const q = word();
    const email = `bd.${q}@pharma.example`;
    const changed = await publishListing(`Retinal scan ${q}`, { areaCodes: ['digital-health'] });
    const cosmetic = await publishListing(`Retinal model ${q}`, { areaCodes: ['digital-health'] });
    const otherArea = await publishListing(`Retinal gel ${q}`, {
      areaCodes: ['diagnostics.point-of-care'],
    });
    await drain();
    const { link } = await follow(email, { q, area: 'digital-health' });
    await t.http.get(`${link.pathname}${link.search}`).expect(200);

    const patch = async (id: string, body: Record<string, unknown>) => {
      const current = await t.http.get(`/api/v1/admin/technologies/${id}`).set(bearer(curator));
      await t.http
        .patch(`/api/v1/admin/technologies/${id}`)
        .set(bearer(curator))
        .set('If-Match', `"${current.body.version as number}"`)
        .send(body)
        .expect(200);
    };
    await patch(changed.id, { stage: 'validated', trl: 6 });
    await patch(cosmetic.id, { contactName: 'New desk' });
    await patch(otherArea.id, { trl: 7 }); // substantive, but outside the followed area
    await drain();

    const [alert] = await alertOf(email);
    expect((await digest()).mails).toBe(1);
    const [mail] = await mailsOf(alert.id, 'alert.digest');
    expect(mail.text).toContain(`/en/technologies/${changed.slug}`);
    expect(mail.text).toContain('Updated');
    expect(mail.text).not.toContain(cosmetic.slug);
    expect(mail.text).not.toContain(otherArea.slug);
  });

  it('holds back a listing the index has not caught up with, and sends it next time', async () => {
    const q = word();
    const email = `lag.${q}@biotech.example`;
    const { link } = await follow(email, { q });
    await t.http.get(`${link.pathname}${link.search}`).expect(200);
    const [alert] = await alertOf(email);

    const early = await publishListing(`Indexed ${q}`);
    await drain(); // indexed
    // Published in Postgres, not yet in the index (its outbox row waits).
    const late = await createListing(t, curator, { titleEn: `Not yet indexed ${q}` });

    const run = await digest();
    expect(run.mails).toBe(1);
    expect(run.deferred).toBeGreaterThanOrEqual(1);
    let mails = await mailsOf(alert.id, 'alert.digest');
    expect(mails).toHaveLength(1);
    // `late` was drained with the mail; the digest above decided before that.
    const slugIn = (text: string | undefined, slug: string) =>
      (text ?? '').includes(`/en/technologies/${slug}\n`);
    expect(slugIn(mails[0].text, early.slug)).toBe(true);
    expect(slugIn(mails[0].text, late.slug)).toBe(false);

    expect((await digest()).mails).toBe(1);
    mails = await mailsOf(alert.id, 'alert.digest');
    expect(mails.filter((m) => slugIn(m.text, late.slug))).toHaveLength(1);
    expect(mails.filter((m) => slugIn(m.text, early.slug))).toHaveLength(1);
  });

  it('manages every alert of an address: cadence, one, all', async () => {
    const q = word();
    const email = `manage.${q}@biotech.example`;
    const a = await follow(email, { q });
    await t.http.get(`${a.link.pathname}${a.link.search}`).expect(200);
    const b = await follow(email, { q: `${q} sensor`, stage: 'prototype' });
    const confirmed = await t.http.get(`${b.link.pathname}${b.link.search}`).expect(200);
    const manage = /href="(\/en\/alerts\/manage\?token=[^"]+)"/.exec(confirmed.text)![1];

    const page = await t.http.get(manage.replace(/&amp;/g, '&')).expect(200);
    expect(page.text).toContain(`“${q}”`);
    expect(page.text).toContain(`“${q} sensor” · Stage: Prototype`);
    expect(page.headers['x-robots-tag']).toBe('noindex');
    const token = new URL(manage, BASE).searchParams.get('token')!;

    await t.http
      .post('/en/alerts/manage/cadence')
      .type(FORM)
      .send(formBody({ token, alert: a.alert.id, cadence: 'daily' }))
      .expect(303);
    expect((await alertOf(email)).find((r) => r.id === a.alert.id)?.cadence).toBe('daily');

    // Another address's key cannot touch this alert.
    await t.http
      .post('/en/alerts/manage/unsubscribe')
      .type(FORM)
      .send(formBody({ token: 'x'.repeat(32), alert: a.alert.id }))
      .expect(303);
    expect(await alertOf(email)).toHaveLength(2);

    await t.http
      .post('/en/alerts/manage/unsubscribe')
      .type(FORM)
      .send(formBody({ token, alert: a.alert.id }))
      .expect(303);
    expect((await alertOf(email)).map((r) => r.id)).toEqual([b.alert.id]);
    await t.http
      .post('/en/alerts/manage/unsubscribe-all')
      .type(FORM)
      .send(formBody({ token }))
      .expect(303);
    expect(await alertOf(email)).toHaveLength(0);
    const after = await t.http.get(`/en/alerts/manage?token=${token}`).expect(200);
    expect(after.text).toContain('This address follows no searches.');
  });

  it('refuses bad input clearly and reveals nothing about other addresses', async () => {
    const q = word();
    // API: 202 whatever the address already follows; validation as problem+json.
    const email = `api.${q}@biotech.example`;
    const body = {
      email,
      search: { q, area: ['digital-health'] },
      cadence: 'daily',
      language: 'ko',
    };
    const first = await t.http.post('/api/v1/alerts').send(body).expect(202);
    const again = await t.http.post('/api/v1/alerts').send(body).expect(202);
    expect(again.body).toEqual(first.body);
    const rows = await alertOf(email);
    expect(rows).toHaveLength(1); // the same search followed twice is one alert
    await drain();
    const [confirmation] = await mailsOf(rows[0].id, 'alert.confirmation');
    expect(confirmation.subject).toContain('검색 알림을 확인해 주세요');

    for (const bad of [
      { email: 'not-an-address' },
      { email, search: { area: ['Bad Code!'] } },
      { email, search: { trlMin: 7, trlMax: 3 } },
      { email, cadence: 'hourly' },
      { email, extra: 1 },
      { email, search: { page: 2 } },
    ]) {
      const res = await t.http.post('/api/v1/alerts').send(bad).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }

    // Web: a bad address shows the form again with the error, typed values kept.
    const refused = await t.http
      .post('/ko/alerts')
      .type(FORM)
      .send(formBody({ email: 'nope', q }))
      .expect(400);
    expect(refused.text).toContain('이메일 주소를 입력해 주세요');
    expect(refused.text).toContain(`value="${q}"`);
    // Another site's page cannot make a visitor's browser follow a search.
    await t.http
      .post('/en/alerts')
      .set('Origin', 'https://evil.example')
      .type(FORM)
      .send(formBody({ email: `x.${q}@biotech.example`, q }))
      .expect(403);
    // A bot filling the honeypot gets the same answer and nothing is stored.
    const bot = `bot.${q}@spam.example`;
    await t.http
      .post('/en/alerts')
      .type(FORM)
      .send(formBody({ email: bot, q, website: 'http://spam.example' }))
      .expect(303);
    expect(await alertOf(bot)).toHaveLength(0);

    // Forged or tampered links.
    const [{ id }] = rows;
    for (const token of ['', 'abc', `${id}.${'A'.repeat(32)}`]) {
      await t.http.get(`/en/alerts/confirm?token=${encodeURIComponent(token)}`).expect(404);
      await t.http.post(`/en/alerts/unsubscribe?token=${encodeURIComponent(token)}`).expect(404);
    }
    // A confirmation token does not unsubscribe (each link has its own purpose).
    const confirmToken = new URL(
      /https:\/\/\S+confirm\?token=\S+/.exec(confirmation.text!)![0],
    ).searchParams.get('token')!;
    await t.http
      .post(`/en/alerts/unsubscribe?token=${encodeURIComponent(confirmToken)}`)
      .expect(404);
    expect(await alertOf(email)).toHaveLength(1);

    const followPage = await t.http.get(`/en/alerts/new?q=${q}&stage=clinical`).expect(200);
    expect(followPage.text).toContain(`“${q}” · Stage: Clinical`);
    const results = await t.http.get(`/en/technologies?q=${q}`).expect(200);
    expect(results.text).toContain('action="/en/alerts"');
    expect(results.text).toContain(`<input type="hidden" name="q" value="${q}"`);
  });

  it('deletes follows never confirmed after 30 days', async () => {
    const q = word();
    const email = `old.${q}@biotech.example`;
    await t.http.post('/api/v1/alerts').send({ email, search: { q } }).expect(202);
    const scheduler = t.app.get(AlertScheduler);
    await scheduler.purgeUnconfirmed(new Date(Date.now() + 29 * DAY));
    expect(await alertOf(email)).toHaveLength(1);
    await scheduler.purgeUnconfirmed(new Date(Date.now() + 31 * DAY));
    expect(await alertOf(email)).toHaveLength(0);
  });
});
