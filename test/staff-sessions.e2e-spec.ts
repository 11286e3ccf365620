import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
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
  tokenOf,
} from './support/staff.js';

const sessionCookie = (res: { headers: Record<string, unknown> }): string => {
  const cookies = (res.headers['set-cookie'] ?? []) as string[];
  const cookie = cookies.find((c) => c.startsWith('tto_session='));
  if (!cookie) throw new Error('no session cookie set');
  return cookie;
};

describe('staff sessions: limits, fixation, CSRF, disabling, sharing', () => {
  let t: TestApp;
  let admin: { email: string; password: string };
  let people = 0;

  /** A new active curator, invited by the admin key and accepted through the mailed link. */
  async function activeCurator(): Promise<{ id: string; email: string }> {
    people += 1;
    const email = `curator${people}@hanbit-hospital.example`;
    const invited = await t.http
      .post('/api/v1/admin/people')
      .set(bearer(t.adminKey))
      .send({ email, displayName: `Curator ${people}`, role: 'curator', language: 'en' })
      .expect(201);
    const link = await linkInMail(t, invited.body.id, 'staff.invitation');
    await acceptInvitation(t, link, `Curator ${people}`);
    return { id: invited.body.id as string, email };
  }

  const versionOf = async (id: string) =>
    (await t.http.get(`/api/v1/admin/people/${id}`).set(bearer(t.adminKey)).expect(200)).body
      .version as number;

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_ADDRESS_LIMIT: '10000', SIGN_IN_ACCOUNT_LIMIT: '5' });
    admin = await setUpFirstAdmin(t);
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, SameSite=Lax cookie only at sign-in, with a new id each time', async () => {
    const anonymous = await browser(t).get('/console/sign-in').expect(200);
    expect(anonymous.headers['set-cookie']).toBeUndefined(); // no session before sign-in

    const signIn = (cookie?: string) => {
      const req = request(t.app.getHttpServer()).post('/console/sign-in').type(FORM);
      if (cookie) req.set('Cookie', cookie);
      return req.send(formBody({ email: admin.email, password: admin.password })).expect(303);
    };
    const planted = 'tto_session=s%3Aplanted-by-attacker.forgedsignature';
    const first = sessionCookie(await signIn(planted));
    expect(first).toMatch(/HttpOnly/);
    expect(first).toMatch(/SameSite=Lax/);
    expect(first).not.toContain('planted');
    const firstValue = first.split(';')[0];
    const second = sessionCookie(await signIn(firstValue)).split(';')[0];
    expect(second).not.toBe(firstValue);
    // Both sessions are the admin's own; each is its own id.
    await request(t.app.getHttpServer()).get('/console').set('Cookie', second).expect(200);
  });

  it('locks an account after repeated wrong passwords, and says so the same for unknown addresses', async () => {
    const curator = await activeCurator();
    const attempt = (email: string, password: string) =>
      browser(t)
        .post('/console/sign-in')
        .type(FORM)
        .send(formBody({ email, password, lang: 'en' }));
    for (let i = 0; i < 5; i++) {
      const res = await attempt(curator.email, `wrong password number ${i}`);
      expect(res.status).toBe(401);
      expect(res.text).toContain('The e-mail address or the password is wrong');
    }
    const locked = await attempt(curator.email, STRONG_PASSWORD);
    expect(locked.status).toBe(429); // even the right password, until the window ends
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.text).toContain('Too many sign-in attempts');
    for (let i = 0; i < 5; i++) await attempt('ghost@hanbit-hospital.example', `guess ${i}`);
    expect((await attempt('ghost@hanbit-hospital.example', 'guess again')).status).toBe(429);

    const audit = await t.http
      .get('/api/v1/admin/audit-events?perPage=100')
      .set(bearer(t.adminKey));
    const reasons = (
      audit.body.items as { action: string; subjectUserId: string; details: { reason?: string } }[]
    )
      .filter((e) => e.action === 'sign_in.failed' && e.subjectUserId === curator.id)
      .map((e) => e.details.reason);
    expect(reasons).toEqual(expect.arrayContaining(['wrong_password', 'locked']));
  });

  it('refuses a session request without its CSRF token, with a wrong one, or from another origin', async () => {
    const { agent, csrf } = await signedIn(t, admin.email, admin.password);
    const invite = (email: string) => ({ email, displayName: 'X', role: 'curator' });
    const missing = await agent
      .post('/api/v1/admin/people')
      .send(invite('a@hanbit-hospital.example'))
      .expect(403);
    expect(missing.body.code).toBe('account.csrf_token_invalid');
    await agent
      .post('/api/v1/admin/people')
      .set('X-CSRF-Token', `${csrf.slice(0, -1)}x`)
      .send(invite('b@hanbit-hospital.example'))
      .expect(403);
    const foreign = await agent
      .post('/api/v1/admin/people')
      .set('X-CSRF-Token', csrf)
      .set('Origin', 'https://evil.example')
      .send(invite('c@hanbit-hospital.example'))
      .expect(403);
    expect(foreign.body.code).toBe('account.cross_site_request');
    // A console form without the token changes nothing either.
    await agent.post('/console/sign-out').type(FORM).send(formBody({})).expect(403);
    await agent.get('/console').expect(200);
    const people = await t.http.get('/api/v1/admin/people?perPage=100').set(bearer(t.adminKey));
    const emails = (people.body.items as { email: string }[]).map((p) => p.email);
    expect(emails).not.toEqual(expect.arrayContaining(['a@hanbit-hospital.example']));
    await agent
      .post('/api/v1/admin/people')
      .set('X-CSRF-Token', csrf)
      .send(invite('d@hanbit-hospital.example'))
      .expect(201);
  });

  it('ends a disabled user’s live sessions at once, and lets them in again when enabled', async () => {
    const curator = await activeCurator();
    const session = await signedIn(t, curator.email, STRONG_PASSWORD);
    await session.agent.get('/api/v1/admin/areas').expect(200);

    await t.http
      .patch(`/api/v1/admin/people/${curator.id}`)
      .set(bearer(t.adminKey))
      .send({ status: 'disabled', version: await versionOf(curator.id) })
      .expect(200);
    const refused = await session.agent.get('/api/v1/admin/areas').expect(401);
    expect(refused.body.code).toBe('account.session_ended');
    await browser(t)
      .post('/console/sign-in')
      .type(FORM)
      .send(formBody({ email: curator.email, password: STRONG_PASSWORD }))
      .expect(401);

    await t.http
      .patch(`/api/v1/admin/people/${curator.id}`)
      .set(bearer(t.adminKey))
      .send({ status: 'active', version: await versionOf(curator.id) })
      .expect(200);
    await signedIn(t, curator.email, STRONG_PASSWORD);
  });

  it('signs out everywhere: every session of the user ends, on every device', async () => {
    const curator = await activeCurator();
    const laptop = await signedIn(t, curator.email, STRONG_PASSWORD);
    const phone = await signedIn(t, curator.email, STRONG_PASSWORD);
    await laptop.agent
      .post('/console/sign-out-everywhere')
      .type(FORM)
      .send(formBody({ _csrf: laptop.csrf }))
      .expect(303);
    await phone.agent
      .get('/console')
      .expect(303)
      .expect('Location', /notice=session-ended/);
    await laptop.agent.get('/api/v1/admin/areas').expect(401);
  });

  it('ends a session older than the absolute timeout however active it was', async () => {
    const curator = await activeCurator();
    const session = await signedIn(t, curator.email, STRONG_PASSWORD);
    await t.db.query(
      `UPDATE staff_session SET sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb($1::bigint))::json WHERE sess->>'userId' = $2`,
      [Date.now() - 169 * 3_600_000, curator.id],
    );
    await session.agent.get('/api/v1/admin/areas').expect(401);
  });

  it('shares sessions between two app instances on one database', async () => {
    const curator = await activeCurator();
    const res = await browser(t)
      .post('/console/sign-in')
      .type(FORM)
      .send(formBody({ email: curator.email, password: STRONG_PASSWORD }))
      .expect(303);
    const cookie = sessionCookie(res).split(';')[0];
    const other = await startTestApp({}, { databaseUrl: t.config.databaseUrl });
    try {
      const me = await other.http.get('/api/v1/admin/me').set('Cookie', cookie).expect(200);
      expect(me.body.user.email).toBe(curator.email);
      await other.http
        .post('/console/sign-out')
        .set('Cookie', cookie)
        .type(FORM)
        .send(formBody({ _csrf: me.body.csrfToken as string }))
        .expect(303);
    } finally {
      await other.close();
    }
    await t.http.get('/api/v1/admin/me').set('Cookie', cookie).expect(401);
  });

  it('keeps the last active admin, and refuses stale versions and impossible changes', async () => {
    const me = await t.http.get('/api/v1/admin/people?perPage=100').set(bearer(t.adminKey));
    const first = (me.body.items as { id: string; email: string; version: number }[]).find(
      (p) => p.email === admin.email,
    )!;
    const last = await t.http
      .patch(`/api/v1/admin/people/${first.id}`)
      .set(bearer(t.adminKey))
      .send({ role: 'curator', version: first.version })
      .expect(409);
    expect(last.body.code).toBe('account.last_admin');
    await t.http
      .patch(`/api/v1/admin/people/${first.id}`)
      .set(bearer(t.adminKey))
      .set('If-Match', `"${first.version + 5}"`)
      .send({ displayName: 'Renamed' })
      .expect(409);
    await t.http
      .patch(`/api/v1/admin/people/${first.id}`)
      .set(bearer(t.adminKey))
      .send({ displayName: 'No version' })
      .expect(400);

    const invited = await t.http
      .post('/api/v1/admin/people')
      .set(bearer(t.adminKey))
      .send({ email: 'pending@hanbit-hospital.example', displayName: 'Pending', role: 'curator' })
      .expect(201);
    await t.http
      .patch(`/api/v1/admin/people/${invited.body.id}`)
      .set(bearer(t.adminKey))
      .send({ status: 'active', version: invited.body.version })
      .expect(422);
    const old = await linkInMail(t, invited.body.id, 'staff.invitation');
    await t.http
      .post(`/api/v1/admin/people/${invited.body.id}/invitation`)
      .set(bearer(t.adminKey))
      .expect(202);
    // A resent invitation replaces the earlier link.
    await browser(t)
      .get(`/console/invitation?token=${tokenOf(old)}`)
      .expect(404);
    await browser(t)
      .get(
        `/console/invitation?token=${tokenOf(await linkInMail(t, invited.body.id, 'staff.invitation'))}`,
      )
      .expect(200);
  });
});
