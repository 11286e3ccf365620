import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../src/runtime/project-root.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import type { components, paths } from './generated/catalog-api.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';

const GENERATED = path.join(projectRoot(), 'test/generated/catalog-api.d.ts');

describe('the OpenAPI contract, as a client generated from it sees it', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ INQUIRY_RATE_LIMIT: '100' });
    const server = t.app.getHttpServer() as import('node:http').Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('is OpenAPI 3.1 and the committed client types match it (npm run openapi:client rewrites them)', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as Record<
      string,
      unknown
    >;
    expect(document.openapi).toBe('3.1.0');
    expect(JSON.stringify(document)).not.toContain('"nullable"'); // 3.0 only; 3.1 uses type null
    const generated = `// Generated from the app's OpenAPI document by test/openapi-client.e2e-spec.ts; do not edit.\n${astToString(await openapiTS(document as never, { defaultNonNullable: false }))}`;
    if (process.env.UPDATE_OPENAPI_CLIENT === '1') await writeFile(GENERATED, generated);
    expect(await readFile(GENERATED, 'utf8')).toBe(generated);
  });

  it('drives a sync and an inquiry through the typed client', async () => {
    const curatorKey = await t.keyFor('curator');
    const integratorKey = await t.keyFor('integrator');
    const listing = await createListing(t, curatorKey);
    await t.app.get(OutboxRelay).drain();
    const api = createClient<paths>({
      baseUrl,
      headers: { Authorization: `Bearer ${integratorKey}` },
    });

    const changes = await api.GET('/api/v1/changes', { params: { query: { limit: 50 } } });
    expect(changes.response.status).toBe(200);
    const published = changes.data!.items.find((c) => c.id === listing.id);
    expect(published).toMatchObject({ type: 'published', slug: listing.slug });

    const one = await api.GET('/api/v1/technologies/{idOrSlug}', {
      params: { path: { idOrSlug: listing.slug } },
    });
    expect(one.data?.id).toBe(listing.id);
    expect(one.data?.version).toBe(published!.version);

    const found = await api.GET('/api/v1/technologies', {
      params: { query: { q: 'sepsis', perPage: 5 } },
    });
    expect(found.response.status).toBe(200);

    const bad = await api.GET('/api/v1/changes', { params: { query: { since: 'not-a-cursor' } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error).toMatchObject({ status: 400, code: 'common.validation_failed' });

    const body: components['schemas']['CreateInquiryDto'] = {
      name: 'Jane Park',
      email: `jane.${Date.now()}@biotech.example`,
      organization: 'Charles River Bio',
      country: 'US',
      interest: 'license',
      message: 'We would like to evaluate this for our oncology program.',
      consent: true,
    };
    const sent = await api.POST('/api/v1/technologies/{idOrSlug}/inquiries', {
      params: { path: { idOrSlug: listing.slug } },
      body,
    });
    expect(sent.response.status).toBe(201);
    const token = new URL(sent.data!.statusUrl!).searchParams.get('token')!;
    const status = await api.GET('/api/v1/inquiries/{reference}', {
      params: { path: { reference: sent.data!.reference }, query: { token } },
    });
    expect(status.data?.status).toBe('new');
  });
});
