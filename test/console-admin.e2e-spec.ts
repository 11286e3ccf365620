import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { bearer, startTestApp, type TestApp } from './support/harness.js';
import { formBody } from './support/inquiries.js';
import {
  acceptInvitation,
  browser,
  FORM,
  linkInMail,
  setUpFirstAdmin,
  signedIn,
  STRONG_PASSWORD,
} from './support/staff.js';

/** The value of a hidden input inside the row of one person. */
const rowVersion = (html: string, userId: string) => {
  const row = html.slice(html.indexOf(`id="person-${userId}"`));
  return /name="version" value="(\d+)"/.exec(row)?.[1] ?? '';
};

describe('console people and API keys (admins only)', () => {
  let t: TestApp;
  let admin: { agent: TestAgent; csrf: string };
  let adminId: string;
  let curatorId: string;
  let curator: { agent: TestAgent; csrf: string };
  const CURATOR = 'minji.kim@hanbit-hospital.example';

  beforeAll(async () => {
    t = await startTestApp();
    const first = await setUpFirstAdmin(t);
    admin = await signedIn(t, first.email, first.password);
    adminId = (await admin.agent.get('/api/v1/admin/me').expect(200)).body.user.id as string;
  });
  afterAll(() => t.close());

  const post = (who: { agent: TestAgent; csrf: string }, path: string, f: Record<string, string>) =>
    who.agent
      .post(path)
      .type(FORM)
      .send(formBody({ _csrf: who.csrf, ...f }));

  it('invites a person by mail; a refused invitation keeps what was typed', async () => {
    const page = await admin.agent.get('/console/people').expect(200);
    expect(page.headers['cache-control']).toContain('no-store');
    expect(page.text).toContain('First Admin <span class="muted">(you)</span>');

    const noName = await post(admin, '/console/people', {
      email: CURATOR,
      displayName: '',
      role: 'curator',
      language: 'ko',
    });
    expect(noName.status).toBe(422);
    expect(noName.text).toContain('id="invite-displayName-error"');
    expect(noName.text).toContain(`value="${CURATOR}"`);

    await post(admin, '/console/people', {
      email: CURATOR,
      displayName: 'Minji Kim',
      role: 'curator',
      language: 'en',
    })
      .expect(303)
      .expect('Location', '/console/people?notice=invited');
    const [{ id }] = await t.db.query(`SELECT id FROM staff_user WHERE email = $1`, [CURATOR]);
    curatorId = id as string;
    const after = await admin.agent.get('/console/people?notice=invited').expect(200);
    expect(after.text).toContain('Invitation sent.');
    expect(after.text).toContain('Invited · Curator');
    expect(after.text).toContain(`/console/people/${curatorId}/invitation`);

    const again = await post(admin, '/console/people', {
      email: CURATOR,
      displayName: 'Minji Again',
      role: 'curator',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('id="invite-email-error"');

    await acceptInvitation(t, await linkInMail(t, curatorId, 'invitation'), 'Minji Kim');
    curator = await signedIn(t, CURATOR, STRONG_PASSWORD);
  });

  it('keeps curators out of the admin pages and their forms', async () => {
    for (const path of ['/console/people', '/console/api-keys']) {
      const res = await curator.agent.get(path);
      expect(res.status).toBe(403);
      expect(res.type).toBe('text/html');
    }
    const forged = await post(curator, '/console/api-keys', { name: 'sneaky', role: 'admin' });
    expect(forged.status).toBe(403);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM api_key WHERE name = 'sneaky'`,
    );
    expect(count).toBe(0);
    const home = await curator.agent.get('/console').expect(200);
    expect(home.text).not.toContain('href="/console/people"');
    expect((await admin.agent.get('/console').expect(200)).text).toContain(
      'href="/console/people"',
    );
  });

  it('refuses to demote the last admin, then changes roles and disables with versions', async () => {
    let page = (await admin.agent.get('/console/people').expect(200)).text;
    const lastAdmin = await post(admin, `/console/people/${adminId}`, {
      role: 'curator',
      status: 'active',
      version: rowVersion(page, adminId),
    });
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.text).toContain('last active admin');

    const version = rowVersion(page, curatorId);
    await post(admin, `/console/people/${curatorId}`, {
      role: 'admin',
      status: 'active',
      version,
    }).expect(303);
    page = (await admin.agent.get('/console/people').expect(200)).text;
    expect(page).toContain('Active · Admin');

    const stale = await post(admin, `/console/people/${curatorId}`, {
      role: 'curator',
      status: 'disabled',
      version,
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Someone changed this person');

    // Disabling ends the person's sessions at once.
    await curator.agent.get('/console').expect(200);
    await post(admin, `/console/people/${curatorId}`, {
      role: 'curator',
      status: 'disabled',
      version: rowVersion(page, curatorId),
    }).expect(303);
    await curator.agent.get('/console').expect(303);
    const events = await t.db.query(
      `SELECT action FROM audit_event WHERE subject_user_id = $1 ORDER BY id`,
      [curatorId],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['role.changed', 'user.disabled']),
    );
    await post(admin, '/console/people/not-a-uuid', { role: 'admin' }).expect(400);
  });

  it('creates an API key shown once, and revokes it after a confirmation', async () => {
    const empty = await post(admin, '/console/api-keys', { name: ' ', role: 'integrator' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('id="key-name-error"');

    const created = await post(admin, '/console/api-keys', {
      name: 'Partner portal (BostonBio)',
      role: 'integrator',
    }).expect(201);
    expect(created.headers['cache-control']).toContain('no-store');
    const secret = /<code class="secret"[^>]*>([^<]+)<\/code>/.exec(created.text)![1];
    await t.http.get('/api/v1/technologies').set(bearer(secret)).expect(200);
    await t.http.get('/api/v1/admin/technologies').set(bearer(secret)).expect(403);

    const list = (await admin.agent.get('/console/api-keys').expect(200)).text;
    expect(list).toContain('Partner portal (BostonBio)');
    expect(list).not.toContain(secret);
    const [{ id }] = await t.db.query(`SELECT id FROM api_key WHERE name = $1`, [
      'Partner portal (BostonBio)',
    ]);

    const confirm = await post(admin, `/console/api-keys/${id}/revoke`, {}).expect(200);
    expect(confirm.text).toContain('Revoke the key “Partner portal (BostonBio)”?');
    await t.http.get('/api/v1/admin/me').set(bearer(secret)).expect(200);
    await post(admin, `/console/api-keys/${id}/revoke`, { confirm: 'yes' })
      .expect(303)
      .expect('Location', '/console/api-keys?notice=revoked');
    await t.http.get('/api/v1/admin/me').set(bearer(secret)).expect(401);
    expect((await admin.agent.get('/console/api-keys').expect(200)).text).toMatch(/Revoked /);
    await browser(t).get('/console/api-keys').expect(303);
  });
});
