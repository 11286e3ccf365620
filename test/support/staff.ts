import { simpleParser } from 'mailparser';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { StaffAccountsService } from '../../src/accounts/staff-accounts.service.js';
import { OutboxRelay } from '../../src/outbox/outbox-relay.js';
import type { TestApp } from './harness.js';
import { formBody } from './inquiries.js';

export const STRONG_PASSWORD = 'lantern orchard minnow seventy';
export const FORM = 'application/x-www-form-urlencoded';

/** A browser for one person: keeps cookies between requests. */
export function browser(t: TestApp): TestAgent {
  return request.agent(t.app.getHttpServer());
}

export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** Creates the first admin through the setup link, as the person who installed the catalog does. */
export async function setUpFirstAdmin(
  t: TestApp,
  email = 'admin@hanbit-hospital.example',
  password = STRONG_PASSWORD,
): Promise<{ email: string; password: string }> {
  const link = await t.app.get(StaffAccountsService).setupLinkIfNoStaff();
  if (!link) throw new Error('the install has a staff user already');
  await browser(t)
    .post('/console/setup')
    .type(FORM)
    .send(
      formBody({
        token: tokenOf(link),
        email,
        displayName: 'First Admin',
        language: 'en',
        password,
        lang: 'en',
      }),
    )
    .expect(303);
  return { email, password };
}

/** Accepts an invitation as the invited person does (303 to sign-in); the answer, to look at. */
export function acceptInvitation(
  t: TestApp,
  link: string,
  displayName: string,
  lang: 'ko' | 'en' = 'en',
  password = STRONG_PASSWORD,
) {
  return browser(t)
    .post('/console/invitation')
    .type(FORM)
    .send(formBody({ token: tokenOf(link), displayName, password, lang }))
    .expect(303);
}

/** A signed-in browser (303 to the console), with the session's CSRF token. */
export async function signedIn(
  t: TestApp,
  email: string,
  password: string,
): Promise<{ agent: TestAgent; csrf: string }> {
  const agent = browser(t);
  await agent
    .post('/console/sign-in')
    .type(FORM)
    .send(formBody({ email, password, lang: 'en' }))
    .expect(303)
    .expect('Location', '/console');
  const me = await agent.get('/api/v1/admin/me').expect(200);
  return { agent, csrf: me.body.csrfToken as string };
}

/** The link in the newest mail of a kind to a staff user, after the relay delivered it. */
export async function linkInMail(t: TestApp, userId: string, kind: string): Promise<string> {
  await t.app.get(OutboxRelay).drain();
  const dir = path.join(t.config.dataDir, 'outbox-mail');
  const names = (await readdir(dir).catch(() => [] as string[])).filter(
    (n) => n.includes(userId) && n.includes(kind),
  );
  if (!names.length) throw new Error(`no ${kind} mail to ${userId}`);
  // Names start with the second the mail was queued: two in one second sort by a random id.
  const written = await Promise.all(
    names.map(async (n) => ({ n, at: (await stat(path.join(dir, n))).mtimeMs })),
  );
  const newest = written.sort((a, b) => a.at - b.at)[written.length - 1].n;
  const mail = await simpleParser(await readFile(path.join(dir, newest), 'utf8'));
  const match = /https?:\/\/\S+\/console\/[a-z-]+\?token=[\w-]+&lang=\w+/.exec(mail.text ?? '');
  if (!match) throw new Error(`no link in the ${kind} mail`);
  return match[0];
}

export async function mailCount(t: TestApp, userId: string, kind: string): Promise<number> {
  await t.app.get(OutboxRelay).drain();
  const names = await readdir(path.join(t.config.dataDir, 'outbox-mail')).catch(
    () => [] as string[],
  );
  return names.filter((n) => n.includes(userId) && n.includes(kind)).length;
}

/** The path and query of a link, for a test client that talks to the app directly. */
export const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
