import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StaffAccountsService } from '../src/accounts/staff-accounts.service.js';
import { startNodeProcess } from './support/app-process.js';
import { bearer, startTestApp, type TestApp } from './support/harness.js';
import { formBody } from './support/inquiries.js';
import {
  acceptInvitation,
  browser,
  FORM,
  linkInMail,
  mailCount,
  pathOf,
  setUpFirstAdmin,
  signedIn,
  STRONG_PASSWORD,
  tokenOf,
} from './support/staff.js';

describe('staff accounts: setup, invitation, sign-in, reset', () => {
  let t: TestApp;
  let admin: { email: string; password: string };

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'catalog-staff-')) });
  });
  afterAll(() => t.close());

  it('gives a one-time setup link while nobody can sign in, and none after the first admin', async () => {
    const accounts = t.app.get(StaffAccountsService);
    const link = (await accounts.setupLinkIfNoStaff())!;
    expect(link).toMatch(/\/console\/setup\?token=[\w-]{43}&lang=en$/);
    const page = await browser(t).get(pathOf(link)).expect(200);
    expect(page.text).toContain('Create the first admin account');

    const weak = await browser(t)
      .post('/console/setup')
      .type(FORM)
      .send(
        formBody({
          token: tokenOf(link),
          email: 'admin@hanbit-hospital.example',
          displayName: 'First Admin',
          language: 'en',
          password: 'password1234',
          lang: 'en',
        }),
      )
      .expect(422);
    expect(weak.text).toContain('too easy to guess');

    admin = await setUpFirstAdmin(t); // a second link of the same kind
    expect(await accounts.setupLinkIfNoStaff()).toBeNull();
    // Every setup link is spent once an admin exists.
    const reused = await browser(t).get(pathOf(link)).expect(404);
    expect(reused.text).toContain('This link does not work');
  });

  it('invites a curator through a session, who accepts, signs in and signs out', async () => {
    const { agent, csrf } = await signedIn(t, admin.email, admin.password);
    const invited = await agent
      .post('/api/v1/admin/people')
      .set('X-CSRF-Token', csrf)
      .send({
        email: 'Curator.One@Hanbit-Hospital.example',
        displayName: 'Curator One',
        role: 'curator',
        language: 'en',
      })
      .expect(201);
    expect(invited.body).toMatchObject({
      email: 'curator.one@hanbit-hospital.example',
      status: 'invited',
    });
    // The address is unique whatever its case.
    await agent
      .post('/api/v1/admin/people')
      .set('X-CSRF-Token', csrf)
      .send({ email: 'CURATOR.ONE@hanbit-hospital.example', displayName: 'Again', role: 'curator' })
      .expect(409);

    const link = await linkInMail(t, invited.body.id, 'staff.invitation');
    const form = await browser(t).get(pathOf(link)).expect(200);
    expect(form.text).toContain('curator.one@hanbit-hospital.example');
    const accepted = await acceptInvitation(t, link, 'Curator One');
    expect(accepted.headers.location).toMatch(/\/console\/sign-in\?notice=password-set/);
    // Single use.
    await browser(t).get(pathOf(link)).expect(404);

    const curator = await signedIn(t, 'curator.one@hanbit-hospital.example', STRONG_PASSWORD);
    const home = await curator.agent.get('/console').expect(200);
    expect(home.text).toContain('Curator One');
    expect(home.headers['cache-control']).toBe('no-store');
    // A curator works with the admin API but cannot manage people.
    await curator.agent.get('/api/v1/admin/areas').expect(200);
    await curator.agent.get('/api/v1/admin/people').expect(403);

    await curator.agent
      .post('/console/sign-out')
      .type(FORM)
      .send(formBody({ _csrf: curator.csrf }))
      .expect(303);
    await curator.agent
      .get('/console')
      .expect(303)
      .expect('Location', /\/console\/sign-in/);
    await curator.agent.get('/api/v1/admin/areas').expect(401);
  });

  it('resets a forgotten password by a one-hour, single-use link, answering the same for unknown addresses', async () => {
    const { agent, csrf } = await signedIn(t, admin.email, admin.password);
    const invited = await agent
      .post('/api/v1/admin/people')
      .set('X-CSRF-Token', csrf)
      .send({
        email: 'forgetful@hanbit-hospital.example',
        displayName: 'Forgetful',
        role: 'curator',
        language: 'ko',
      })
      .expect(201);
    const invitation = await linkInMail(t, invited.body.id, 'staff.invitation');
    await acceptInvitation(t, invitation, 'Forgetful', 'ko');
    const elsewhere = await signedIn(t, 'forgetful@hanbit-hospital.example', STRONG_PASSWORD);

    const ask = (email: string) =>
      browser(t)
        .post('/console/forgot-password')
        .type(FORM)
        .send(formBody({ email, lang: 'en' }))
        .expect(303);
    const known = await ask('Forgetful@hanbit-hospital.example');
    const unknown = await ask('nobody@hanbit-hospital.example');
    expect(unknown.headers.location).toBe(known.headers.location);
    const link = await linkInMail(t, invited.body.id, 'staff.password_reset');
    expect(await mailCount(t, invited.body.id, 'staff.password_reset')).toBe(1);

    const newPassword = 'violet harbour tractor ninety';
    await browser(t)
      .post('/console/reset-password')
      .type(FORM)
      .send(formBody({ token: tokenOf(link), password: newPassword, lang: 'en' }))
      .expect(303);
    await browser(t)
      .post('/console/reset-password')
      .type(FORM)
      .send(
        formBody({ token: tokenOf(link), password: 'another strong passphrase here', lang: 'en' }),
      )
      .expect(404);
    // The reset ends the sessions the old password opened.
    await elsewhere.agent.get('/api/v1/admin/areas').expect(401);
    await browser(t)
      .post('/console/sign-in')
      .type(FORM)
      .send(formBody({ email: 'forgetful@hanbit-hospital.example', password: STRONG_PASSWORD }))
      .expect(401);
    await signedIn(t, 'forgetful@hanbit-hospital.example', newPassword);

    // An expired link opens nothing.
    await ask('forgetful@hanbit-hospital.example');
    const late = await linkInMail(t, invited.body.id, 'staff.password_reset');
    await t.db.query(
      `UPDATE staff_token SET expires_at = now() - interval '1 second' WHERE purpose = 'reset'`,
    );
    await browser(t).get(pathOf(late)).expect(404);
  });

  it('npm run user:create invites from the command line and prints the link', async () => {
    const run = async (...args: string[]) => {
      const cli = startNodeProcess('dist/src/cli/user-create-command.js', args, {
        DATABASE_URL: t.config.databaseUrl,
        DATA_DIR: t.config.dataDir,
      });
      return { code: await cli.exited, output: cli.output() };
    };
    const bad = await run('--email', 'not-an-address', '--role', 'boss');
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--email must be an e-mail address');
    expect(bad.output).toContain('--role must be admin or curator');

    const first = await run(
      '--email',
      'CLI.Admin@hanbit-hospital.example',
      '--role',
      'admin',
      '--lang',
      'en',
    );
    expect(first.code).toBe(0);
    const link = /http\S+\/console\/invitation\?token=[\w-]+&lang=en/.exec(first.output)![0];
    // Run again while still invited: a new link, and the first one stops working.
    const second = await run(
      '--email',
      'cli.admin@hanbit-hospital.example',
      '--role',
      'admin',
      '--lang',
      'en',
    );
    const fresh = /http\S+\/console\/invitation\?token=[\w-]+&lang=en/.exec(second.output)![0];
    await browser(t).get(pathOf(link)).expect(404);
    const page = await browser(t).get(pathOf(fresh)).expect(200);
    expect(page.text).toContain('cli.admin@hanbit-hospital.example');
    // An active account is not re-invited.
    const taken = await run('--email', admin.email, '--role', 'admin');
    expect(taken.code).toBe(1);
    expect(taken.output).toContain('exists already');
  });

  it('keeps an audit log of sign-ins, failures and resets without passwords or tokens', async () => {
    const events = await t.http
      .get('/api/v1/admin/audit-events?perPage=100')
      .set(bearer(t.adminKey))
      .expect(200);
    const actions = (events.body.items as { action: string }[]).map((e) => e.action);
    for (const action of [
      'setup.completed',
      'invitation.sent',
      'invitation.accepted',
      'sign_in.succeeded',
      'sign_in.failed',
      'sign_out',
      'password_reset.requested',
      'password_reset.completed',
    ]) {
      expect(actions).toContain(action);
    }
    const stored = JSON.stringify(await t.db.query('SELECT * FROM audit_event'));
    for (const secret of [
      STRONG_PASSWORD,
      'violet harbour',
      'password1234',
      'nobody@hanbit-hospital.example',
    ]) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).toContain('127.0.0.1');
  });
});
