import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Meilisearch } from 'meilisearch';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import {
  freePort,
  startAppProcess,
  stopAllAppProcesses,
  waitForOutput,
} from './support/app-process.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { inquiryInput } from './support/inquiries.js';

describe('inquiries: abuse limits and privacy', () => {
  afterEach(() => stopAllAppProcesses('SIGKILL'));

  it('rate limits creation per client; a made-up X-Forwarded-For does not reset the count', async () => {
    const t = await startTestApp({ INQUIRY_RATE_LIMIT: '3', INQUIRY_RATE_WINDOW_SECONDS: '600' });
    try {
      const { slug } = await createListing(t, await t.keyFor('curator'));
      const post = (xff: string) =>
        t.http
          .post(`/api/v1/technologies/${slug}/inquiries`)
          .set('X-Forwarded-For', xff)
          .send(inquiryInput());
      for (let i = 0; i < 3; i++) {
        const res = await post(`198.51.100.${i}`).expect(201);
        expect(res.headers['ratelimit-limit']).toBe('3');
        expect(res.headers['ratelimit-remaining']).toBe(String(2 - i));
      }
      const limited = await post('203.0.113.99').expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.body).toMatchObject({ status: 429, code: 'common.rate_limited' });
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(limited.headers['ratelimit-remaining']).toBe('0');
      expect((await t.db.query('SELECT count(*)::int AS n FROM inquiry'))[0].n).toBe(3); // nothing stored

      // The count lives in Postgres: another instance on the same database agrees.
      const other = await startTestApp(
        { INQUIRY_RATE_LIMIT: '3', INQUIRY_RATE_WINDOW_SECONDS: '600' },
        { databaseUrl: t.config.databaseUrl },
      );
      try {
        await other.http
          .post(`/api/v1/technologies/${slug}/inquiries`)
          .send(inquiryInput())
          .expect(429);
      } finally {
        await other.close();
      }
      // Reading a status page has its own, larger budget.
      const status = await t.http
        .get('/api/v1/inquiries/INQ-2026-000001')
        .query({ token: 'x'.repeat(32) });
      expect(status.status).toBe(404);
      expect(Number(status.headers['ratelimit-limit'])).toBeGreaterThan(3);
    } finally {
      await t.close();
    }
  });

  it('behind a trusted proxy, limits the address the proxy saw, whatever the client prepended', async () => {
    const t = await startTestApp({
      INQUIRY_RATE_LIMIT: '2',
      TRUSTED_PROXIES: 'loopback', // the test client connects over loopback, like a local proxy
    });
    try {
      const { slug } = await createListing(t, await t.keyFor('curator'));
      const post = (xff: string) =>
        t.http
          .post(`/api/v1/technologies/${slug}/inquiries`)
          .set('X-Forwarded-For', xff)
          .send(inquiryInput());
      // The proxy appends the real client (198.51.100.7); what the client sent comes before it.
      await post('10.0.0.1, 198.51.100.7').expect(201);
      await post('10.0.0.2, 198.51.100.7').expect(201);
      await post('1.2.3.4, 10.0.0.3, 198.51.100.7').expect(429);
      // Another real client has its own budget.
      await post('198.51.100.8').expect(201);
      // IPv6 clients are counted per /64.
      await post('2001:db8:1:2::1').expect(201);
      await post('2001:db8:1:2::ffff').expect(201);
      await post('2001:db8:1:2:abcd::9').expect(429);
    } finally {
      await t.close();
    }
  });

  describe('keeps inquiry data out of the search index, public responses and logs', () => {
    const secrets = {
      name: 'Quillon Vantablack',
      email: 'quillon.vantablack@leak-canary.example',
      organization: 'Zebulon Canary Holdings',
      phone: '+82 10 9876 5432',
      message: 'Marmalade-canary-7731: please keep our interest confidential.',
    };
    let t: TestApp;
    let listing: { id: string; slug: string };
    let logs: string;
    let reference: string;
    let token: string;
    let keys: string[];

    // One app process, as deployed and logging at debug level, takes an inquiry through every
    // route that handles personal data; the cases below look at what it left behind.
    beforeAll(async () => {
      t = await startTestApp();
      const curator = await t.keyFor('curator');
      listing = await createListing(t, curator, { keywords: ['privacy-check-listing'] });
      const port = await freePort();
      const app = startAppProcess({
        PORT: String(port),
        DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'catalog-privacy-')),
        DATABASE_URL: t.config.databaseUrl,
        MEILI_URL: t.config.meili.url,
        MEILI_MASTER_KEY: t.config.meili.apiKey!,
        MEILI_INDEX: t.config.meili.index,
        ADMIN_API_KEY: t.adminKey,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'debug',
        TTO_EMAIL: 'tto@hanbit-hospital.example',
      });
      await waitForOutput(app, 'Ready.');
      const base = `http://127.0.0.1:${port}`;
      const call = async (method: string, url: string, body?: unknown, key?: string) => {
        const res = await fetch(`${base}${url}`, {
          method,
          headers: {
            'content-type': 'application/json',
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      const inquiries = `/api/v1/technologies/${listing.slug}/inquiries`;
      const created = await call('POST', inquiries, { ...inquiryInput(), ...secrets });
      expect(created.status).toBe(201);
      reference = created.body.reference as string;
      token = new URL(created.body.statusUrl as string).searchParams.get('token')!;
      // A refused form, a honeypot hit, the partner's and the office's routes: all logged.
      const bad = { ...secrets, email: `${secrets.email}@@`, consent: true };
      expect((await call('POST', inquiries, bad)).status).toBe(400);
      const honeypot = { ...inquiryInput(), ...secrets, message: `${secrets.message} 2` };
      await call('POST', inquiries, { ...honeypot, website: 'x' });
      expect((await call('GET', `/api/v1/inquiries/${reference}?token=${token}`)).status).toBe(200);
      const message = { token, message: secrets.message };
      expect((await call('POST', `/api/v1/inquiries/${reference}/messages`, message)).status).toBe(
        201,
      );
      const search = `/api/v1/admin/inquiries?q=${encodeURIComponent(secrets.email)}`;
      expect((await call('GET', search, undefined, curator)).status).toBe(200);
      // An API key put in a query string under any name is never logged.
      const integrator = await t.keyFor('integrator');
      await call('GET', `/api/v1/changes?access_token=${integrator}`);
      await call('GET', `/api/v1/technologies?q=x&X-Api-Key=${curator}`);
      keys = [integrator, curator];
      // The relay has sent the mail and indexed the listing.
      const relay = t.app.get(OutboxRelay);
      const deadline = Date.now() + 30_000;
      while ((await relay.lag()).pending > 0) {
        if (Date.now() > deadline) throw new Error('outbox not drained');
        await new Promise((r) => setTimeout(r, 100));
      }
      app.child.kill('SIGTERM');
      await app.exited;
      logs = app.output();
    }, 120_000);
    afterAll(() => t?.close());

    it('logs the requests but no personal data, token or key', () => {
      expect(logs).toContain(reference.slice(0, 4));
      expect(logs).toContain('access_token=[redacted]');
      const forbidden = [...Object.values(secrets), token, 'quillon', 'Vantablack', ...keys];
      forbidden.push(keys[0].slice(4, 20)); // no part of a key either
      for (const value of forbidden) expect(logs.toLowerCase()).not.toContain(value.toLowerCase());
    });

    it('indexes the listing without any of the inquiry', async () => {
      await t.app.get(OutboxRelay).drain();
      const meili = new Meilisearch({ host: t.config.meili.url, apiKey: t.config.meili.apiKey });
      const index = meili.index(t.config.meili.index);
      const docs = await index.getDocuments({ limit: 1000 });
      expect(docs.results.map((d) => d.id)).toContain(listing.id);
      const indexed = JSON.stringify(docs.results);
      for (const value of Object.values(secrets)) {
        expect(indexed).not.toContain(value);
        expect((await index.search(value)).hits).toHaveLength(0);
      }
    });

    it('shows none of the inquiry in public responses', async () => {
      const publicViews = [
        await t.http.get(`/api/v1/technologies/${listing.slug}`).expect(200),
        await t.http.get('/api/v1/technologies').query({ q: 'Zebulon Canary' }).expect(200),
        await t.http.get('/api/v1/technologies').query({ q: 'privacy-check-listing' }).expect(200),
        await t.http.get('/api/v1/areas').expect(200),
      ];
      for (const res of publicViews) {
        for (const value of Object.values(secrets))
          expect(JSON.stringify(res.body)).not.toContain(value);
      }
      expect(publicViews[1].body.total).toBe(0);
      expect(publicViews[2].body.total).toBe(1);
    });
  });
});
