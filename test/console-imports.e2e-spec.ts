import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type TestAgent from 'supertest/lib/agent.js';
import { projectRoot } from '../src/runtime/project-root.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { formBody } from './support/inquiries.js';
import { FORM, setUpFirstAdmin, signedIn } from './support/staff.js';

const SAMPLE = path.join(projectRoot(), 'docs', 'import-sample.csv');

describe('console import: upload, dry run, progress, apply, errors file', () => {
  let t: TestApp;
  let staff: { agent: TestAgent; csrf: string };
  let sample: Buffer;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await setUpFirstAdmin(t);
    staff = await signedIn(t, admin.email, admin.password);
    sample = await readFile(SAMPLE);
  });
  afterAll(() => t.close());

  const upload = (
    file: { content: Buffer | string; name: string } | null,
    fields: Record<string, string> = {},
    csrf: string | null = staff.csrf,
  ) => {
    let req = staff.agent.post('/console/imports');
    if (csrf) req = req.field('_csrf', csrf);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return file ? req.attach('file', Buffer.from(file.content), file.name) : req.field('x', '');
  };

  /** Follows the job page (as its refresh does) until the job ends; the last page. */
  async function finished(location: string): Promise<string> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const page = await staff.agent.get(location).expect(200);
      expect(page.headers['cache-control']).toContain('no-store');
      const running = /Waiting|Running/.test(/<strong>([^<]*)/.exec(page.text)?.[1] ?? '');
      if (running) expect(page.text).toContain('<meta http-equiv="refresh" content="2"/>');
      else {
        expect(page.text).not.toContain('http-equiv="refresh"');
        return page.text;
      }
      if (Date.now() > deadline) throw new Error('import still running');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const sampleListings = async () =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM technology WHERE reference_code LIKE 'IMPORT-SAMPLE-%'`,
      )
    )[0].n as number;

  it('refuses an upload without the CSRF field, from another site, or without a usable file', async () => {
    const page = await staff.agent.get('/console/imports').expect(200);
    expect(page.text).toContain('enctype="multipart/form-data"');
    expect(page.text).toContain('name="dryRun" value="yes" checked');

    await upload({ content: sample, name: 'sample.csv' }, {}, null).expect(403);
    const crossSite = await upload({ content: sample, name: 'sample.csv' }).set(
      'Origin',
      'https://evil.example',
    );
    expect(crossSite.status).toBe(403);
    const urlencoded = await staff.agent
      .post('/console/imports')
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf }));
    expect(urlencoded.status).toBe(415);

    const none = await upload(null, { dryRun: 'yes' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('id="import-file-error"');
    const txt = await upload({ content: 'hello', name: 'listings.txt' });
    expect(txt.status).toBe(415);
    expect(txt.text).toContain('id="import-file-error"');
    expect(await sampleListings()).toBe(0);
  });

  it('checks a file without writing, then applies the checked file once', async () => {
    const dry = await upload({ content: sample, name: 'import-sample.csv' }, { dryRun: 'yes' });
    expect(dry.status).toBe(303);
    const checked = await finished(dry.headers.location);
    expect(checked).toContain('The check is done; nothing was written.');
    expect(checked).toMatch(/<dt>Created<\/dt><dd>4<\/dd>/);
    expect(await sampleListings()).toBe(0);

    const applied = await staff.agent
      .post(`${dry.headers.location}/apply`)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf }))
      .expect(303);
    expect(applied.headers.location).not.toBe(dry.headers.location);
    const done = await finished(applied.headers.location);
    expect(done).toMatch(/<dt>Created<\/dt><dd>4<\/dd>/);
    expect(await sampleListings()).toBe(4);
    const [{ id }] = await t.db.query(
      `SELECT id FROM technology WHERE reference_code = 'IMPORT-SAMPLE-001'`,
    );
    const history = await staff.agent.get(`/console/listings/${id}/history`).expect(200);
    expect(history.text).toContain('<td>import: import-sample.csv (import)</td><td>Imported</td>');

    // The check was used: its page says so, and applying it again changes nothing.
    expect(await finished(dry.headers.location)).toContain('This check was applied');
    const twice = await staff.agent
      .post(`${dry.headers.location}/apply`)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf }));
    expect(twice.status).toBe(409);
    const list = await staff.agent.get('/console/imports').expect(200);
    expect(list.text.match(/import-sample\.csv<\/a>/g)).toHaveLength(2);
  });

  it('refreshes the page of a running job by itself', async () => {
    // A job another instance is running (its heartbeat is fresh, so no one here takes it).
    const id = '00000000-0000-4000-8000-00000000c0de';
    await t.db.query(
      `INSERT INTO import_job (id, status, file_name, format, publish, dry_run, total_rows,
                               processed_rows, started_at, heartbeat_at)
       VALUES ($1, 'running', 'big.csv', 'csv', false, false, 30000, 12000, now(), now())`,
      [id],
    );
    const page = await staff.agent.get(`/console/imports/${id}`).expect(200);
    expect(page.text).toContain('<meta http-equiv="refresh" content="2"/>');
    expect(page.text).toContain('12000 of 30000 rows');
    expect(page.text).toContain('<progress max="30000" value="12000"');
    await t.db.query(`DELETE FROM import_job WHERE id = $1`, [id]);
  });

  it('offers the rows with errors as a CSV file', async () => {
    const bad = 'referenceCode,titleEn,trl\nCONSOLE-IMP-1,A listing with a bad TRL,12\n';
    const res = await upload({ content: bad, name: 'bad.csv' });
    expect(res.status).toBe(303);
    const page = await finished(res.headers.location);
    expect(page).toMatch(/<dt>With errors<\/dt><dd>1<\/dd>/);
    const link = /href="(\/console\/imports\/[^"]+\/errors)"/.exec(page)![1];
    const csv = await staff.agent.get(link).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain('CONSOLE-IMP-1');
    expect(csv.text).toContain('trl');
  });

  it('drops the file of a dry run left unapplied for a week', async () => {
    const dry = await upload({ content: sample, name: 'old-check.csv' }, { dryRun: 'yes' });
    await finished(dry.headers.location);
    const id = dry.headers.location.split('/').pop();
    await t.db.query(
      `UPDATE import_job SET finished_at = now() - interval '8 days' WHERE id = $1`,
      [id],
    );
    // The next upload clears old checks' files.
    const next = await upload({
      content: 'referenceCode,titleEn\nCONSOLE-IMP-2,x\n',
      name: 'n.csv',
    });
    await finished(next.headers.location);
    const [{ kept }] = await t.db.query(
      `SELECT content IS NOT NULL AS kept FROM import_job WHERE id = $1`,
      [id],
    );
    expect(kept).toBe(false);
    expect(await finished(dry.headers.location)).toContain('older than 7 days');
    const apply = await staff.agent
      .post(`${dry.headers.location}/apply`)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf }));
    expect(apply.status).toBe(409);
  });
});
