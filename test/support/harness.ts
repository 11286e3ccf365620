import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { generateApiKey } from '../../src/accounts/api-key-secret.js';
import type { Role } from '../../src/accounts/roles.js';
import { prepareApp } from '../../src/bootstrap.js';
import { type AppConfig, buildAppConfig } from '../../src/config/app-config.js';
import { parseEnv } from '../../src/config/env.schema.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: TestAgent;
  db: DataSource;
  adminKey: string;
  /** A fresh API key with this role, created through the API. */
  keyFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** The real app on the run's real Postgres and Meilisearch, with its own admin key and index. */
export async function startTestApp(
  env: Record<string, string> = {},
  services: { meiliUrl?: string; meiliApiKey?: string; databaseUrl?: string } = {},
): Promise<TestApp> {
  const adminKey = generateApiKey().key;
  const config = buildAppConfig(
    parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: process.env.TEST_DATA_DIR,
      MEILI_INDEX: `test_${randomBytes(4).toString('hex')}`,
      // Every test request comes from 127.0.0.1; tests of the limit itself set their own.
      PUBLIC_API_RATE_LIMIT: '1000000',
      ...env,
    }),
    {
      databaseUrl: services.databaseUrl ?? (await createTestDatabase()),
      meiliUrl: services.meiliUrl ?? required('TEST_MEILI_URL'),
      meiliApiKey: services.meiliApiKey ?? required('TEST_MEILI_KEY'),
      adminApiKey: adminKey,
    },
  );
  const app = await prepareApp(config, { seedDemo: false, log: () => undefined });
  const db = app.get(DataSource);
  const http = request(app.getHttpServer());
  return {
    app,
    config,
    http,
    db,
    adminKey,
    keyFor: async (role: Role) => {
      const res = await http
        .post('/api/v1/admin/api-keys')
        .set('Authorization', `Bearer ${adminKey}`)
        .send({ name: `test ${role}`, role })
        .expect(201);
      return res.body.key as string;
    },
    close: () => app.close(),
  };
}

/** A fresh database cloned from the migrated template (fast: no migrations to run). */
export async function createTestDatabase(): Promise<string> {
  const template = new URL(required('TEST_TEMPLATE_DATABASE_URL'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: required('TEST_DATABASE_URL') });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template.pathname.slice(1)}`);
        break;
      } catch (error) {
        // Two clones at the same instant can collide on the template; try again shortly.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(template);
  url.pathname = `/${name}`;
  return url.toString();
}

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run e2e tests through Jest's global setup (npm test)`);
  return value;
}

let counter = 0;

/** Creates a listing through the curator API (from `technologyInput`) and, unless told not to, publishes it. */
export async function createListing(
  t: TestApp,
  key: string,
  overrides: Record<string, unknown> = {},
  publish = true,
): Promise<{ id: string; slug: string }> {
  const res = await t.http
    .post('/api/v1/admin/technologies')
    .set(bearer(key))
    .send(technologyInput(overrides))
    .expect(201);
  if (publish)
    await t.http
      .post(`/api/v1/admin/technologies/${res.body.id}/publish`)
      .set(bearer(key))
      .expect(200);
  return res.body as { id: string; slug: string };
}

/** A complete, publishable listing body with a unique reference code. */
export function technologyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  const unique =
    `${Date.now().toString(36)}${counter}${randomBytes(2).toString('hex')}`.toUpperCase();
  return {
    referenceCode: `TEST-${unique}`,
    titleKo: `시험용 진단 기술 ${unique}`,
    titleEn: `Test diagnostic technology ${unique}`,
    summaryKo: '혈액 한 방울로 패혈증을 조기에 진단하는 시험용 기술입니다.',
    summaryEn: 'A test technology that diagnoses sepsis early from a drop of blood.',
    advantagesEn: ['Result in 20 minutes'],
    keywords: ['패혈증', 'sepsis'],
    areaCodes: ['diagnostics.point-of-care'],
    trl: 4,
    stage: 'prototype',
    modality: 'diagnostic',
    indications: ['sepsis'],
    licenseTypes: ['exclusive', 'non_exclusive'],
    inventors: [
      {
        nameKo: '홍길동',
        nameEn: 'Gil-dong Hong',
        departmentEn: 'Department of Emergency Medicine',
      },
    ],
    contactName: 'TTO desk',
    contactEmail: 'tto-desk@hanbit-hospital.example',
    patents: [
      {
        jurisdiction: 'KR',
        number: '10-2023-0123456',
        type: 'application',
        status: 'pending',
        familyId: 'FAM-T1',
      },
      {
        jurisdiction: 'US',
        number: '18/123,456',
        type: 'application',
        status: 'pending',
        familyId: 'FAM-T1',
      },
    ],
    ...overrides,
  };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
