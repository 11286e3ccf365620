import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bearer, type TestApp } from './harness.js';

/** The form a browser sends, urlencoded. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** The web inquiry form as a partner fills it in (`unique` keeps its e-mail and message apart). */
export const validForm = (unique: string): Record<string, string> => ({
  name: 'Jane Park',
  email: `jane.${unique}@biotech.example`,
  organization: 'Charles River Biotherapeutics',
  country: 'US',
  interest: 'license',
  message: `We would like to evaluate this for our oncology program (${unique}).`,
  consent: 'yes',
});

/** A valid inquiry form, unique per call (so duplicate detection never joins two tests). */
export function inquiryInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = randomBytes(4).toString('hex');
  return {
    name: 'Jane Park',
    email: `jane.${unique}@biotech.example`,
    organization: 'Charles River Biotherapeutics',
    country: 'US',
    role: 'Director, Business Development',
    interest: 'license',
    message: `We would like to evaluate this technology for our oncology program (${unique}).`,
    consent: true,
    ...overrides,
  };
}

export interface SentInquiry {
  reference: string;
  token: string;
  statusUrl: string;
  email: string;
}

export async function sendInquiry(
  t: TestApp,
  slug: string,
  overrides: Record<string, unknown> = {},
): Promise<SentInquiry> {
  const input = inquiryInput(overrides);
  const res = await t.http.post(`/api/v1/technologies/${slug}/inquiries`).send(input).expect(201);
  return {
    reference: res.body.reference,
    statusUrl: res.body.statusUrl,
    token: new URL(res.body.statusUrl).searchParams.get('token')!,
    email: String(input.email).toLowerCase(),
  };
}

/** Moves an inquiry through states as a curator, each time with the version it read. */
export async function advance(
  t: TestApp,
  key: string,
  reference: string,
  states: string[],
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  let body: Record<string, unknown> = (
    await t.http.get(`/api/v1/admin/inquiries/${reference}`).set(bearer(key)).expect(200)
  ).body;
  for (const status of states) {
    body = (
      await t.http
        .post(`/api/v1/admin/inquiries/${reference}/transitions`)
        .set(bearer(key))
        .set('If-Match', `"${body.version as number}"`)
        .send({ status, ...extra })
        .expect(200)
    ).body;
  }
  return body;
}

/** The .eml files the file transport wrote for an inquiry reference, by name. */
export async function mailFilesFor(dataDir: string, reference: string): Promise<string[]> {
  const dir = path.join(dataDir, 'outbox-mail');
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.eml') && n.includes(reference)).sort();
}

export async function readMail(dataDir: string, name: string): Promise<string> {
  return readFile(path.join(dataDir, 'outbox-mail', name), 'utf8');
}
