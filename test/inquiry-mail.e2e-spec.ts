import { describe, it, expect, beforeAll, afterAll, afterEach, jest } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MailDelivery } from '../src/notifications/mail-delivery.js';
import { MailTransport } from '../src/notifications/mail-transport.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { freePort, startAppProcess, stopAllAppProcesses } from './support/app-process.js';
import { advance, mailFilesFor, readMail, sendInquiry } from './support/inquiries.js';

const OFFICE = 'tto@hanbit-hospital.example';
const CONTACT = 'tto-desk@hanbit-hospital.example'; // the listing's contact (see technologyInput)

describe('inquiry mail through the outbox', () => {
  let t: TestApp;
  let curator: string;
  let dataDir: string;
  let listing: { id: string; slug: string };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-mail-'));
    t = await startTestApp({
      DATA_DIR: dataDir,
      INQUIRY_RATE_LIMIT: '10000',
      TTO_EMAIL: OFFICE,
      PUBLIC_BASE_URL: 'https://catalog.hanbit-hospital.example',
      MAIL_FROM: 'Hanbit TTO <tto@hanbit-hospital.example>',
    });
    curator = await t.keyFor('curator');
    listing = await createListing(t, curator, {
      titleKo: '패혈증 신속 진단 <키트>',
      titleEn: 'Rapid sepsis <kit>',
    });
  });
  afterAll(() => t.close());
  afterEach(() => stopAllAppProcesses('SIGKILL'));

  const drain = () => t.app.get(OutboxRelay).drain();
  const parsed = async (reference: string, kind: string) => {
    const names = (await mailFilesFor(dataDir, reference)).filter((n) => n.includes(`-${kind}-`));
    expect(names).toHaveLength(1); // once per event
    return simpleParser(await readMail(dataDir, names[0]));
  };

  it('confirms to the partner in their language, tells the office, escaping what the partner typed', async () => {
    const evil = '<img src=x onerror=alert(1)> 라이선스 조건을 알고 싶습니다 & "협의"';
    const sent = await sendInquiry(t, listing.slug, {
      language: 'ko',
      message: evil,
      name: '김 <민지>',
    });
    await drain();

    const confirmation = await parsed(sent.reference, 'inquiry.confirmation');
    expect(confirmation.to).toMatchObject({ value: [{ address: sent.email }] });
    expect(confirmation.from).toMatchObject({
      value: [{ address: 'tto@hanbit-hospital.example', name: 'Hanbit TTO' }],
    });
    expect(confirmation.subject).toBe(`[${sent.reference}] 기술 문의가 접수되었습니다`);
    expect(confirmation.messageId).toMatch(/^<[0-9a-f-]{36}@hanbit-hospital\.example>$/);
    expect(sent.statusUrl.startsWith('https://catalog.hanbit-hospital.example/ko/inquiries/')).toBe(
      true,
    );
    expect(confirmation.text).toContain(sent.statusUrl);
    expect(confirmation.text).toContain('김 <민지> 님');
    expect(confirmation.html).toContain(`href="${sent.statusUrl.replace(/&/g, '&amp;')}"`);
    expect(confirmation.html).toContain('김 &lt;민지&gt; 님');
    expect(confirmation.html).toContain('패혈증 신속 진단 &lt;키트&gt;');
    expect(confirmation.html).not.toMatch(/<img|<키트>|<민지>/);

    const notice = await parsed(sent.reference, 'inquiry.notice_new');
    expect(notice.to).toMatchObject({ value: [{ address: CONTACT }] });
    expect(notice.cc).toMatchObject({ value: [{ address: OFFICE }] });
    expect(notice.subject).toContain(sent.reference);
    expect(notice.text).toContain(evil); // plain text keeps it as typed
    expect(notice.text).toContain(sent.email);
    expect(notice.html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; 라이선스 조건을 알고 싶습니다 &amp; &quot;협의&quot;',
    );
    expect(notice.html).not.toContain('<img');
    expect(notice.text).not.toContain(sent.token); // the office never gets the partner's key

    // Delivered mail is marked, and its bodies (which held the status link) are gone.
    const rows = await t.db.query(
      'SELECT sent_at, body_text, body_html FROM mail_message WHERE subject_ref = $1',
      [sent.reference],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatchObject({ sent_at: expect.any(Date), body_text: null, body_html: null });
  });

  it('tells the partner about status changes and messages, and the office about partner actions', async () => {
    const sent = await sendInquiry(t, listing.slug, { language: 'en' });
    const triaged = await advance(t, curator, sent.reference, ['triaged']);
    await t.http
      .post(`/api/v1/admin/inquiries/${sent.reference}/messages`)
      .set(bearer(curator))
      .send({ body: 'Could you share <b>your</b> timeline?', version: triaged.version })
      .expect(201);
    await t.http
      .post(`/api/v1/admin/inquiries/${sent.reference}/notes`)
      .set(bearer(curator))
      .send({ body: 'internal only' })
      .expect(201);
    await t.http
      .post(`/api/v1/inquiries/${sent.reference}/messages`)
      .send({ token: sent.token, message: 'Q3 2027.' })
      .expect(201);
    await t.http
      .post(`/api/v1/inquiries/${sent.reference}/withdraw`)
      .send({ token: sent.token })
      .expect(200);
    await drain();

    const names = await mailFilesFor(dataDir, sent.reference);
    const kinds = names.map((n) => /-(inquiry\.[a-z_]+)-/.exec(n)![1]).sort();
    expect(kinds).toEqual(
      [
        'inquiry.confirmation',
        'inquiry.notice_new',
        'inquiry.status_changed',
        'inquiry.message_to_partner',
        'inquiry.notice_message',
        'inquiry.notice_withdrawn',
      ].sort(),
    );
    const status = await parsed(sent.reference, 'inquiry.status_changed');
    expect(status.subject).toBe(`[${sent.reference}] Your inquiry is now: Under review`);
    expect(status.to).toMatchObject({ value: [{ address: sent.email }] });
    const all = await Promise.all(names.map(async (n) => simpleParser(await readMail(dataDir, n))));
    const toPartner = all.find((m) =>
      m.subject?.includes('A message from the Technology Transfer Office'),
    )!;
    expect(toPartner.html).toContain('Could you share &lt;b&gt;your&lt;/b&gt; timeline?');
    const withdrawn = all.find((m) => m.subject?.includes('withdrew'))!;
    expect(withdrawn.to).toMatchObject({ value: [{ address: CONTACT }] });
    for (const m of all) expect(m.text).not.toContain('internal only');
  });

  it('retries a failed send without losing or repeating mail, and never resends what went out', async () => {
    const transport = t.app.get(MailTransport);
    const deliver = transport.deliver.bind(transport);
    const delivered: string[] = [];
    let failNext = 2;
    const spy = jest.spyOn(transport, 'deliver').mockImplementation(async (mail) => {
      if (failNext-- > 0) throw new Error('421 try again later'); // the server refused; nothing sent
      delivered.push(mail.id);
      return deliver(mail);
    });
    // And once, the relay dies right after the mail went out, before it could mark the row done.
    const delivery = t.app.get(MailDelivery);
    const handle = delivery.handle.bind(delivery);
    let crashAfter = 1;
    const handleSpy = jest.spyOn(delivery, 'handle').mockImplementation(async (ids) => {
      await handle(ids);
      if (crashAfter-- > 0) throw new Error('relay died after delivering');
    });
    try {
      const sent = [];
      for (let i = 0; i < 3; i++) sent.push(await sendInquiry(t, listing.slug));
      const relay = t.app.get(OutboxRelay);
      for (let round = 0; round < 6; round++) {
        await relay.runOnce();
        await t.db.query(`UPDATE outbox SET available_at = now() WHERE processed_at IS NULL`); // skip backoff
      }
      const ids = (
        await t.db.query('SELECT id FROM mail_message WHERE subject_ref = ANY($1) ORDER BY id', [
          sent.map((s) => s.reference),
        ])
      ).map((r: { id: string }) => r.id);
      expect(ids).toHaveLength(6);
      expect([...delivered].sort()).toEqual(ids); // each delivered exactly once
      for (const s of sent) expect(await mailFilesFor(dataDir, s.reference)).toHaveLength(2);
      const [pending] = await t.db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE topic = 'mail' AND processed_at IS NULL`,
      );
      expect(pending.n).toBe(0);
    } finally {
      spy.mockRestore();
      handleSpy.mockRestore();
    }
  });

  it('writes each mail once when the relay process is killed mid-batch and another takes over', async () => {
    // Stop this app's relay (it shares the database), so the child is the only one delivering.
    const relay = t.app.get(OutboxRelay);
    await relay.onModuleDestroy();
    // Queue many mails with no relay running, then let the app as deployed deliver them.
    const quiet = await startTestApp(
      { DATA_DIR: dataDir, OUTBOX_RELAY: 'false', INQUIRY_RATE_LIMIT: '10000' },
      { databaseUrl: t.config.databaseUrl },
    );
    const refs: string[] = [];
    try {
      for (let i = 0; i < 150; i++) refs.push((await sendInquiry(quiet, listing.slug)).reference);
    } finally {
      await quiet.close();
    }
    const total = 2 * refs.length;
    const sentCount = async () =>
      (
        await t.db.query(
          'SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS n FROM mail_message WHERE subject_ref = ANY($1)',
          [refs],
        )
      )[0].n as number;

    // Hold a lock on one mail's row: the child delivers it, then blocks marking it sent. That is
    // the worst moment to die (delivered, not recorded), and now a deterministic one.
    const [victim] = await t.db.query(
      'SELECT id FROM mail_message WHERE subject_ref = $1 ORDER BY id LIMIT 1',
      [refs[9]],
    );
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM mail_message WHERE id = $1 FOR UPDATE', [victim.id]);

    const child = startAppProcess({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      DATABASE_URL: t.config.databaseUrl,
      MEILI_URL: t.config.meili.url,
      MEILI_MASTER_KEY: t.config.meili.apiKey!,
      MEILI_INDEX: t.config.meili.index,
      ADMIN_API_KEY: t.adminKey,
      SEED_DEMO: 'false',
    });
    try {
      const victimFile = async () =>
        (await readdir(path.join(dataDir, 'outbox-mail'))).some((n) =>
          n.endsWith(`-${victim.id as string}.eml`),
        );
      while (!(await victimFile())) {
        if (child.child.exitCode !== null) throw new Error(child.output());
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 200)); // now waiting on our lock
      child.child.kill('SIGKILL'); // no shutdown hooks: its batch transaction is rolled back
      await child.exited;
      // Its server sessions would linger until they next talk to the client; end them, as a
      // dead machine's would be, so its pending "mark sent" never happens.
      await t.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    const before = await sentCount();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(total);
    const [victimRow] = await t.db.query('SELECT sent_at FROM mail_message WHERE id = $1', [
      victim.id,
    ]);
    expect(victimRow.sent_at).toBeNull(); // delivered, but not recorded as sent

    await relay.drain(120_000); // a new relay (this process) finishes the job
    expect(await sentCount()).toBe(total);
    const names = (await readdir(path.join(dataDir, 'outbox-mail'))).filter((n) =>
      refs.some((r) => n.includes(`-${r}-`)),
    );
    expect(names.filter((n) => n.endsWith('.eml'))).toHaveLength(total);
    expect(names.filter((n) => n.endsWith('.partial')).length).toBeLessThanOrEqual(1); // the kill's
  }, 180_000);
});
