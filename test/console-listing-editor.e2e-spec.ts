import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { StaffAccountsService } from '../src/accounts/staff-accounts.service.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { CLI_ACTOR } from '../src/accounts/audit-log.js';
import {
  acceptInvitation,
  FORM,
  setUpFirstAdmin,
  signedIn,
  STRONG_PASSWORD,
} from './support/staff.js';

/** A form body with repeatable fields (checkbox groups), as a browser sends it. */
function form(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const value of Array.isArray(v) ? v : [v]) params.append(k, value);
  return params.toString();
}

/** The value of a hidden input in a page. */
const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

const DRAFT = {
  referenceCode: 'CONSOLE-T-0001',
  titleKo: '콘솔에서 만든 수면무호흡 패치',
  titleEn: 'Sleep apnea patch made in the console',
  areaCodes: ['medical-devices.monitoring'],
  trl: '5',
  stage: 'prototype',
  licenseTypes: ['exclusive', 'option'],
  keywords: 'sleep apnea\n수면무호흡',
};

describe('console listing editor', () => {
  let t: TestApp;
  let admin: { agent: TestAgent; csrf: string };
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    const first = await setUpFirstAdmin(t);
    admin = await signedIn(t, first.email, first.password);
  });
  afterAll(() => t.close());

  it('keeps everything typed and shows each error beside its field', async () => {
    const res = await admin.agent
      .post('/console/listings/new')
      .type(FORM)
      .send(
        form({
          ...DRAFT,
          referenceCode: 'bad code!',
          contactEmail: 'not-an-address',
          _csrf: admin.csrf,
        }),
      )
      .expect(422);
    expect(res.text).toContain('id="f-referenceCode-error"');
    expect(res.text).toContain('id="f-contactEmail-error"');
    expect(res.text).toContain('aria-invalid="true"');
    expect(res.text).toContain('value="콘솔에서 만든 수면무호흡 패치"');
    expect(res.text).toContain('value="medical-devices.monitoring" checked');
    expect(res.text).toContain('sleep apnea\n수면무호흡</textarea>');
    const count = await t.db.query(`SELECT count(*)::int AS n FROM technology`);
    expect(count[0].n).toBe(0);
  });

  it('refuses a form without the session’s CSRF token', async () => {
    await admin.agent.post('/console/listings/new').type(FORM).send(form(DRAFT)).expect(403);
  });

  it('creates a draft, shows the checklist turn green, and publishes after a confirmation', async () => {
    const created = await admin.agent
      .post('/console/listings/new')
      .type(FORM)
      .send(form({ ...DRAFT, _csrf: admin.csrf }))
      .expect(303);
    id = /\/console\/listings\/([0-9a-f-]{36})\?notice=created/.exec(created.headers.location)![1];

    let page = await admin.agent.get(`/console/listings/${id}`).expect(200);
    expect(page.headers['cache-control']).toContain('no-store');
    const start = page.text.indexOf('checklist-heading');
    const checklist = page.text.slice(start, page.text.indexOf('</section>', start));
    expect(checklist).toContain('Summary (Korean)');
    expect(checklist).toContain('Summary (English)');
    expect(checklist).not.toContain('Title (English)');

    const saved = await admin.agent
      .post(`/console/listings/${id}`)
      .type(FORM)
      .send(
        form({
          ...DRAFT,
          summaryKo: '밤새 붙이는 패치로 수면무호흡을 선별합니다.',
          summaryEn: 'An overnight patch that screens for sleep apnea.',
          version: hidden(page.text, 'version'),
          original: hidden(page.text, 'original'),
          _csrf: admin.csrf,
        }),
      )
      .expect(303);
    expect(saved.headers.location).toBe(`/console/listings/${id}?notice=saved`);
    page = await admin.agent.get(saved.headers.location).expect(200);
    expect(page.text).toContain('Everything publishing needs is there.');
    expect(page.text).toContain('version 2');

    // The draft as partners will see it, for staff only and never cached.
    const preview = await admin.agent.get(`/console/listings/${id}/preview?lang=ko`).expect(200);
    expect(preview.headers['cache-control']).toContain('no-store');
    expect(preview.text).toContain('noindex');
    expect(preview.text).toContain('콘솔에서 만든 수면무호흡 패치');
    expect(preview.text).toContain('밤새 붙이는 패치로 수면무호흡을 선별합니다.');
    const slug = (await t.db.query(`SELECT slug FROM technology WHERE id = $1`, [id]))[0].slug;
    await t.http.get(`/ko/technologies/${slug}`).expect(404);
    await t.http.get(`/console/listings/${id}/preview`).expect(303); // no session: sign in first

    const confirm = await admin.agent
      .post(`/console/listings/${id}/lifecycle`)
      .type(FORM)
      .send(form({ action: 'publish', version: '2', _csrf: admin.csrf }))
      .expect(200);
    expect(confirm.text).toContain('Publish this listing?');
    const stillDraft = await t.db.query(`SELECT status FROM technology WHERE id = $1`, [id]);
    expect(stillDraft[0].status).toBe('draft');

    await admin.agent
      .post(`/console/listings/${id}/lifecycle`)
      .type(FORM)
      .send(form({ action: 'publish', version: '2', confirm: 'yes', _csrf: admin.csrf }))
      .expect(303)
      .expect('Location', `/console/listings/${id}?notice=publish`);
    await t.app.get(OutboxRelay).drain();
    const found = await t.http.get('/api/v1/technologies').query({ q: 'apnea patch console' });
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('shows a curator what someone else changed first, and lets them keep their version', async () => {
    const invited = await t.app.get(StaffAccountsService).invite(
      {
        email: 'second.curator@hanbit-hospital.example',
        displayName: 'Second Curator',
        role: 'curator',
        language: 'en',
      },
      { ...CLI_ACTOR, name: 'test' },
      'link',
    );
    await acceptInvitation(t, invited.link, 'Second Curator');
    const other = await signedIn(t, 'second.curator@hanbit-hospital.example', STRONG_PASSWORD);

    const mine = await admin.agent.get(`/console/listings/${id}`).expect(200);
    const theirs = await other.agent.get(`/console/listings/${id}`).expect(200);
    const fieldsOf = (html: string) => ({
      ...DRAFT,
      summaryKo: '밤새 붙이는 패치로 수면무호흡을 선별합니다.',
      summaryEn: 'An overnight patch that screens for sleep apnea.',
      version: hidden(html, 'version'),
      original: hidden(html, 'original'),
    });
    await other.agent
      .post(`/console/listings/${id}`)
      .type(FORM)
      .send(form({ ...fieldsOf(theirs.text), titleEn: 'Overnight apnea patch', _csrf: other.csrf }))
      .expect(303);

    const conflict = await admin.agent
      .post(`/console/listings/${id}`)
      .type(FORM)
      .send(form({ ...fieldsOf(mine.text), modality: 'wearable device', _csrf: admin.csrf }))
      .expect(409);
    const box = conflict.text.slice(
      conflict.text.indexOf('conflict-heading'),
      conflict.text.indexOf('</section>'),
    );
    expect(box).toContain('Title (English)');
    expect(box).toContain('Overnight apnea patch');
    expect(box).not.toContain('Modality'); // only theirs changed it
    expect(conflict.text).toContain('value="wearable device"'); // nothing typed is lost
    // Their title (a field only they changed) is in the form, so saving again keeps it.
    expect(conflict.text).toContain(
      'id="f-titleEn" name="titleEn" lang="en" type="text" value="Overnight apnea patch"',
    );

    await admin.agent
      .post(`/console/listings/${id}`)
      .type(FORM)
      .send(
        form({
          ...fieldsOf(conflict.text),
          titleEn: 'Overnight apnea patch',
          modality: 'wearable device',
          _csrf: admin.csrf,
        }),
      )
      .expect(303);
    const row = await t.db.query(`SELECT title_en, modality FROM technology WHERE id = $1`, [id]);
    expect(row[0]).toEqual({ title_en: 'Overnight apnea patch', modality: 'wearable device' });
  });

  it('edits the patent family: a mistyped number is refused beside the field, then corrected', async () => {
    const page = await admin.agent.get(`/console/listings/${id}`).expect(200);
    const version = hidden(page.text, 'version');
    const patent = {
      jurisdiction: 'KR',
      type: 'application',
      status: 'pending',
      filingDate: '2024-03-01',
    };
    const refused = await admin.agent
      .post(`/console/listings/${id}/patents`)
      .type(FORM)
      .send(form({ ...patent, number: '10-2024-01234', version, _csrf: admin.csrf }))
      .expect(422);
    expect(refused.text).toContain('id="p-new-number-error"');
    expect(refused.text).toContain('value="10-2024-01234"');
    expect(refused.text).toContain('value="2024-03-01"');

    await admin.agent
      .post(`/console/listings/${id}/patents`)
      .type(FORM)
      .send(form({ ...patent, number: 'KR 10-2024-0012345', version, _csrf: admin.csrf }))
      .expect(303);
    let after = await admin.agent.get(`/console/listings/${id}`).expect(200);
    expect(after.text).toContain('(KR1020240012345)');
    const patentId = /\/patents\/([0-9a-f-]{36})"/.exec(after.text)![1];

    await admin.agent
      .post(`/console/listings/${id}/patents/${patentId}`)
      .type(FORM)
      .send(
        form({
          ...patent,
          number: '10-2024-0012345',
          status: 'granted',
          grantDate: '2025-06-01',
          version: hidden(after.text, 'version'),
          _csrf: admin.csrf,
        }),
      )
      .expect(303);
    const row = await t.db.query(`SELECT status, grant_date FROM patent WHERE id = $1`, [patentId]);
    expect(row[0].status).toBe('granted');

    after = await admin.agent.get(`/console/listings/${id}`).expect(200);
    await admin.agent
      .post(`/console/listings/${id}/patents/${patentId}`)
      .type(FORM)
      .send(form({ remove: 'yes', version: hidden(after.text, 'version'), _csrf: admin.csrf }))
      .expect(303);
    expect(
      (await t.db.query(`SELECT count(*)::int AS n FROM patent WHERE id = $1`, [patentId]))[0].n,
    ).toBe(0);
    // The search index follows: the listing no longer has the number.
    await t.app.get(OutboxRelay).drain();
    const found = await t.http.get('/api/v1/technologies').query({ q: 'KR 10-2024-0012345' });
    expect(found.body.total).toBe(0);
  });

  it('keeps a history of who changed which fields, and who first published it', async () => {
    // One more change, through the API with a key, so the history has every kind of author.
    const key = await t.keyFor('curator');
    const current = await t.http
      .get(`/api/v1/admin/technologies/${id}`)
      .set('Authorization', `Bearer ${key}`)
      .expect(200);
    await t.http
      .patch(`/api/v1/admin/technologies/${id}`)
      .set('Authorization', `Bearer ${key}`)
      .set('If-Match', `"${current.body.version}"`)
      .send({ trl: 6 })
      .expect(200);

    const res = await admin.agent.get(`/console/listings/${id}/history`).expect(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const rows = [
      ...res.text.matchAll(
        /<tr><td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g,
      ),
    ].map((m) => [m[1], m[2], m[3]]);
    // Newest first: the key's edit, the patent removed, changed, added, …, created.
    expect(rows[0]).toEqual(['test curator (API key)', 'Edited', 'TRL']);
    expect(rows.slice(1, 4).map((r) => r[1])).toEqual([
      'Patent removed',
      'Patent changed',
      'Patent added',
    ]);
    expect(rows).toContainEqual(['Second Curator (staff)', 'Edited', 'Title (English)']);
    expect(rows).toContainEqual(['First Admin (staff)', 'Published', 'Status']);
    const created = rows[rows.length - 1];
    expect(created.slice(0, 2)).toEqual(['First Admin (staff)', 'Created']);
    expect(created[2]).toContain('Title (Korean)');
    expect(res.text).toMatch(/First published [^<]+ by First Admin \(staff\)\./);
    const editor = await admin.agent.get(`/console/listings/${id}`).expect(200);
    expect(editor.text).toContain(`href="/console/listings/${id}/history"`);
  });

  it('edits inventors one per line; a line without a name is refused beside the field', async () => {
    const page = await admin.agent.get(`/console/listings/${id}`).expect(200);
    const fields = {
      ...DRAFT,
      titleEn: 'Overnight apnea patch',
      summaryKo: '밤새 붙이는 패치로 수면무호흡을 선별합니다.',
      summaryEn: 'An overnight patch that screens for sleep apnea.',
      trl: '6',
      version: hidden(page.text, 'version'),
      original: hidden(page.text, 'original'),
      _csrf: admin.csrf,
    };
    const bad = await admin.agent
      .post(`/console/listings/${id}`)
      .type(FORM)
      .send(form({ ...fields, inventors: '김수빈 | Su-bin Kim\n | | 영상의학과' }));
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('id="f-inventors-error"');
    expect(bad.text).toContain('김수빈 | Su-bin Kim');

    await admin.agent
      .post(`/console/listings/${id}`)
      .type(FORM)
      .send(
        form({
          ...fields,
          inventors: '김수빈 | Su-bin Kim | 영상의학과 | Department of Radiology\n | Jae Lee',
        }),
      )
      .expect(303);
    const api = await t.http
      .get(`/api/v1/admin/technologies/${id}`)
      .set('Authorization', `Bearer ${await t.keyFor('curator')}`)
      .expect(200);
    expect(api.body.inventors).toEqual([
      {
        nameKo: '김수빈',
        nameEn: 'Su-bin Kim',
        departmentKo: '영상의학과',
        departmentEn: 'Department of Radiology',
      },
      { nameEn: 'Jae Lee' },
    ]);
    const again = await admin.agent.get(`/console/listings/${id}`).expect(200);
    expect(again.text).toContain(
      '김수빈 | Su-bin Kim | 영상의학과 | Department of Radiology\n | Jae Lee',
    );
  });
});
