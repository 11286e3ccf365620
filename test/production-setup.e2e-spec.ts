import { afterAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  startAppProcess,
  stopAllAppProcesses,
  waitForOutput,
} from './support/app-process.js';
import { createTestDatabase } from './support/harness.js';
import { formBody } from './support/inquiries.js';
import { STRONG_PASSWORD } from './support/staff.js';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** Posts a form as a browser would (no redirect following); returns the session cookie it got. */
async function postForm(url: string, fields: Record<string, string>, cookie?: string) {
  const res = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...FORM, ...(cookie ? { Cookie: cookie } : {}) },
    body: formBody(fields),
  });
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('tto_session='));
  return { res, cookie: setCookie?.split(';')[0] };
}

describe('a production install (own Postgres and Meilisearch, no demo)', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    await stopAllAppProcesses('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('goes from the banner’s setup link to a curator who signs in and edits the area tree', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-production-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      DATABASE_URL: await createTestDatabase(),
      MEILI_URL: process.env.TEST_MEILI_URL!,
      MEILI_MASTER_KEY: process.env.TEST_MEILI_KEY!,
      MEILI_INDEX: `production_${port}`,
    };
    const run = startAppProcess(env);
    await waitForOutput(run, 'Ready.');
    expect(run.output()).not.toContain('Loaded the demo catalog');
    const setup = /(http:\S+\/console\/setup\?token=[\w-]+&lang=en)/.exec(run.output());
    expect(setup).not.toBeNull();

    // 1. The first admin, from the link in the banner.
    const token = new URL(setup![1]).searchParams.get('token')!;
    const admin = { email: 'admin@hanbit-hospital.example', password: STRONG_PASSWORD };
    const created = await postForm(`${base}/console/setup`, {
      token,
      ...admin,
      displayName: 'Office Admin',
      language: 'en',
    });
    expect(created.res.status).toBe(303);

    // 2. The admin signs in and invites a curator through the admin API, with the session.
    const adminSession = (await postForm(`${base}/console/sign-in`, admin)).cookie!;
    const me = (await (
      await fetch(`${base}/api/v1/admin/me`, { headers: { Cookie: adminSession } })
    ).json()) as { csrfToken: string };
    const invited = await fetch(`${base}/api/v1/admin/people`, {
      method: 'POST',
      headers: {
        Cookie: adminSession,
        'X-CSRF-Token': me.csrfToken,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        email: 'curator@hanbit-hospital.example',
        displayName: 'Curator',
        role: 'curator',
        language: 'ko',
      }),
    });
    expect(invited.status).toBe(201);

    // 3. The invitation arrives by mail (the running app's relay delivers it).
    const mailDir = path.join(dataDir, 'outbox-mail');
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      const names = (await readdir(mailDir).catch(() => [] as string[])).filter((n) =>
        n.includes('staff.invitation'),
      );
      if (names.length) {
        const mail = await simpleParser(await readFile(path.join(mailDir, names[0]), 'utf8'));
        link = /http:\/\/\S+\/console\/invitation\?token=[\w-]+&lang=ko/.exec(mail.text ?? '')?.[0];
      }
      if (!link) await new Promise((r) => setTimeout(r, 100));
    }
    expect(link).toBeDefined();
    const accepted = await postForm(`${base}/console/invitation`, {
      token: new URL(link!).searchParams.get('token')!,
      displayName: '김큐레이터',
      password: 'juniper canyon ledger forty',
      lang: 'ko',
    });
    expect(accepted.res.status).toBe(303);

    // 4. The curator signs in; the default area tree is there and editable.
    const curatorSession = (
      await postForm(`${base}/console/sign-in`, {
        email: 'curator@hanbit-hospital.example',
        password: 'juniper canyon ledger forty',
      })
    ).cookie!;
    const home = await fetch(`${base}/console`, { headers: { Cookie: curatorSession } });
    expect(await home.text()).toContain('김큐레이터');
    const tree = (await (
      await fetch(`${base}/api/v1/admin/areas`, { headers: { Cookie: curatorSession } })
    ).json()) as { items: { code: string; version: number }[] };
    expect(tree.items.length).toBeGreaterThanOrEqual(5);
    const curatorMe = (await (
      await fetch(`${base}/api/v1/admin/me`, { headers: { Cookie: curatorSession } })
    ).json()) as { csrfToken: string };
    const renamed = await fetch(`${base}/api/v1/admin/areas/${tree.items[0].code}`, {
      method: 'PATCH',
      headers: {
        Cookie: curatorSession,
        'X-CSRF-Token': curatorMe.csrfToken,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ nameEn: 'Renamed by the curator', version: tree.items[0].version }),
    });
    expect(renamed.status).toBe(200);

    // Nobody needs a setup link any more.
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const again = startAppProcess({ ...env, PORT: String(await freePort()) });
    await waitForOutput(again, 'Ready.');
    expect(again.output()).not.toContain('/console/setup');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 180_000);
});
