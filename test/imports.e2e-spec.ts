import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/runtime/project-root.js';
import { IMPORT_FILE_LIMIT_BYTES } from '../src/imports/admin-imports.controller.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { startNodeProcess, stopAllAppProcesses } from './support/app-process.js';
import type { components } from './generated/catalog-api.js';
import { bearer, startTestApp, technologyInput, type TestApp } from './support/harness.js';

type ImportJobBody = components['schemas']['ImportJobDto'];

const SAMPLE = path.join(projectRoot(), 'docs', 'import-sample.csv');

/** Uploads a file as the API's multipart job and waits for the job to end. */
async function importFile(
  t: TestApp,
  key: string,
  name: string,
  content: Buffer | string,
  fields: Record<string, string> = {},
): Promise<ImportJobBody> {
  let req = t.http.post('/api/v1/admin/imports').set(bearer(key));
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  const started = await req.attach('file', Buffer.from(content), name).expect(202);
  expect(started.headers.location).toBe(`/api/v1/admin/imports/${started.body.id}`);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = (await t.http.get(started.headers.location).set(bearer(key)).expect(200))
      .body as ImportJobBody;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`import job still ${job.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function versions(t: TestApp, prefix: string): Promise<Record<string, number>> {
  const rows = await t.db.query<{ code: string; version: number }[]>(
    `SELECT reference_code AS code, version FROM technology WHERE reference_code LIKE $1`,
    [`${prefix}%`],
  );
  return Object.fromEntries(rows.map((r) => [r.code, r.version]));
}

/** The sample file with one cell changed (CSV-aware: cells may hold quotes and line breaks). */
function csvWith(text: string, edit: (rows: string[][]) => void): string {
  const rows: string[][] = parse(text.replace(/^\uFEFF/, ''));
  edit(rows);
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n');
}

describe('Bulk import (CSV/JSON): API jobs and the CLI', () => {
  let t: TestApp;
  let curator: string;
  let sample: string;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    sample = await readFile(SAMPLE, 'utf8');
  });
  afterAll(() => t.close());
  afterEach(() => stopAllAppProcesses('SIGKILL'));

  it('imports the sample CSV (BOM, Korean, quoted line breaks, JSON columns) and publishes it', async () => {
    const job = await importFile(t, curator, 'import-sample.csv', sample, { publish: 'true' });
    expect(job).toMatchObject({
      status: 'succeeded',
      format: 'csv',
      totalRows: 4,
      processedRows: 4,
      created: 4,
      published: 4,
      failedRows: 0,
    });
    await t.app.get(OutboxRelay).drain();
    const found = (await t.http.get('/api/v1/technologies?q=Lung-RADS').expect(200)).body;
    const item = found.items.find(
      (i: { referenceCode: string }) => i.referenceCode === 'IMPORT-SAMPLE-001',
    );
    expect(item).toBeDefined();
    const listing = (await t.http.get(`/api/v1/technologies/${item.slug}`).expect(200)).body;
    expect(listing.summaryKo).toContain('\n두 번째 줄');
    expect(listing.patents.map((p: { numberNormalized: string }) => p.numberNormalized)).toContain(
      'KR102640939',
    );
    expect(listing.inventors[0]).toMatchObject({ nameKo: '김수빈' });
  });

  it('changes nothing when the same file comes again, and updates only a changed row', async () => {
    const before = await versions(t, 'IMPORT-SAMPLE-');
    const [{ n: outboxBefore }] = await t.db.query('SELECT count(*)::int AS n FROM outbox');
    const again = await importFile(t, curator, 'again.csv', sample, { publish: 'true' });
    expect(again).toMatchObject({ unchanged: 4, created: 0, updated: 0, published: 0 });
    expect(await versions(t, 'IMPORT-SAMPLE-')).toEqual(before);
    const [{ n: outboxAfter }] = await t.db.query('SELECT count(*)::int AS n FROM outbox');
    expect(outboxAfter).toBe(outboxBefore);

    // A changed title, exported at the current version: one update, one version step.
    const changed = csvWith(sample, (rows) => {
      rows[0].push('version');
      rows.slice(1).forEach((r) => r.push(String(before[r[0]])));
      rows[2][rows[0].indexOf('titleEn')] = 'Renamed by the spreadsheet';
    });
    const update = await importFile(t, curator, 'changed.csv', changed);
    expect(update).toMatchObject({ updated: 1, unchanged: 3, failedRows: 0 });
    const after = await versions(t, 'IMPORT-SAMPLE-');
    expect(after['IMPORT-SAMPLE-002']).toBe(before['IMPORT-SAMPLE-002'] + 1);

    // The same file again is now stale for that row: refused, the listing stays.
    const stale = csvWith(changed, (rows) => {
      rows[2][rows[0].indexOf('titleEn')] = 'An older export';
    });
    const refused = await importFile(t, curator, 'stale.csv', stale);
    expect(refused).toMatchObject({ failedRows: 1, unchanged: 3 });
    const errors = await t.http.get(refused.errorsUrl).set(bearer(curator)).expect(200);
    expect(errors.text).toContain(
      `3,IMPORT-SAMPLE-002,version,"the listing is at version ${after['IMPORT-SAMPLE-002']}, not ${before['IMPORT-SAMPLE-002']}; export it again"`,
    );
    expect((await versions(t, 'IMPORT-SAMPLE-'))['IMPORT-SAMPLE-002']).toBe(
      after['IMPORT-SAMPLE-002'],
    );
  });

  it('reports every bad row by row and column; good rows of the same file go in', async () => {
    const header =
      'referenceCode,titleKo,titleEn,summaryKo,summaryEn,areaCodes,trl,stage,licenseTypes,patents';
    const line = (code: string, over: Partial<Record<string, string>> = {}) => {
      const v = {
        titleKo: '혼합 파일 시험 기술',
        titleEn: `Mixed file test ${code}`,
        summaryKo: '요약입니다.',
        summaryEn: 'A summary.',
        areaCodes: 'diagnostics.biomarkers',
        trl: '4',
        stage: 'preclinical',
        licenseTypes: 'exclusive',
        patents:
          '[{"jurisdiction":"KR","number":"10-2023-0123456","type":"application","status":"pending"}]',
        ...over,
      };
      const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      return [
        code,
        v.titleKo,
        v.titleEn,
        v.summaryKo,
        v.summaryEn,
        v.areaCodes,
        v.trl,
        v.stage,
        v.licenseTypes,
        v.patents,
      ]
        .map(cell)
        .join(',');
    };
    const file = [
      header,
      line('MIX-OK-1'),
      line('MIX-BAD-PATENT', {
        patents:
          '[{"jurisdiction":"KR","number":"10-2023-0123456","type":"application","status":"pending"},{"jurisdiction":"KR","number":"12345","type":"application","status":"pending"}]',
      }),
      line('MIX-BAD-AREA', { areaCodes: 'diagnostics.biomarkers|no-such-area' }),
      line('MIX-BAD-TRL', { trl: 'ten' }),
      line('MIX-OK-1', { titleEn: 'A second row with the same code' }),
      line('MIX-NO-TITLE', { titleEn: '' }),
      line('MIX-OK-2'),
    ].join('\n');
    const job = await importFile(t, curator, 'mixed.csv', file, { publish: 'true' });
    expect(job).toMatchObject({ status: 'succeeded', totalRows: 7, created: 2, failedRows: 5 });
    const csv = (await t.http.get(job.errorsUrl).set(bearer(curator)).expect(200)).text;
    expect(csv.startsWith('\uFEFFrow,referenceCode,field,message\r\n')).toBe(true);
    const errors = parse<Record<string, string>>(csv.slice(1), { columns: true }).map(
      (e) => `row ${e.row}, ${e.field}: ${e.message}`,
    );
    expect(errors).toEqual([
      expect.stringMatching(/^row 3, patents\[1\]\.number: .*KR/),
      'row 4, areaCodes[1]: unknown area code "no-such-area"',
      expect.stringMatching(/^row 5, trl: .*integer/),
      'row 6, referenceCode: the same reference code is on row 2',
      'row 7, titleEn: required to publish',
    ]);
    const stored = await t.db.query(
      `SELECT reference_code FROM technology WHERE reference_code LIKE 'MIX-%' ORDER BY 1`,
    );
    expect(stored.map((r: { reference_code: string }) => r.reference_code)).toEqual([
      'MIX-OK-1',
      'MIX-OK-2',
    ]);
  });

  it('takes JSON, and with dryRun only counts', async () => {
    const items = [
      technologyInput({ referenceCode: 'JSON-IMPORT-1' }),
      technologyInput({ referenceCode: 'JSON-IMPORT-2' }),
    ];
    const dry = await importFile(t, curator, 'listings.json', JSON.stringify(items), {
      dryRun: 'true',
    });
    expect(dry).toMatchObject({ status: 'succeeded', format: 'json', created: 2, dryRun: true });
    expect(await versions(t, 'JSON-IMPORT-')).toEqual({});
    const real = await importFile(
      t,
      curator,
      'listings.json',
      JSON.stringify({ technologies: items }),
    );
    expect(real).toMatchObject({ created: 2, published: 0 });
    const rows = await t.db.query(
      `SELECT status FROM technology WHERE reference_code LIKE 'JSON-IMPORT-%'`,
    );
    expect(rows).toEqual([{ status: 'draft' }, { status: 'draft' }]);
  });

  it('applies a finished dry run once, as a new job with the same file', async () => {
    const items = [technologyInput({ referenceCode: 'APPLY-IMPORT-1' })];
    const dry = await importFile(t, curator, 'apply.json', JSON.stringify(items), {
      dryRun: 'true',
      publish: 'true',
    });
    const apply = () => t.http.post(`/api/v1/admin/imports/${dry.id}/apply`).set(bearer(curator));
    const started = await apply().expect(202);
    expect(started.body).toMatchObject({ dryRun: false, publish: true, fileName: 'apply.json' });
    expect(started.headers.location).toBe(`/api/v1/admin/imports/${started.body.id}`);
    const deadline = Date.now() + 30_000;
    let job = started.body as ImportJobBody;
    while (job.status === 'queued' || job.status === 'running') {
      if (Date.now() > deadline) throw new Error('apply job still running');
      await new Promise((r) => setTimeout(r, 100));
      job = (await t.http.get(started.headers.location).set(bearer(curator))).body;
    }
    expect(job).toMatchObject({ status: 'succeeded', created: 1, published: 1 });
    const again = await apply().expect(409);
    expect(again.body.code).toBe('import.not_applicable');
    // A real import (not a dry run) cannot be applied either.
    await t.http.post(`/api/v1/admin/imports/${job.id}/apply`).set(bearer(curator)).expect(409);
  });

  it('refuses what it cannot read with a clear problem, before any job starts', async () => {
    const post = () => t.http.post('/api/v1/admin/imports').set(bearer(curator));
    const jobCount = async () =>
      (await t.http.get('/api/v1/admin/imports').set(bearer(curator)).expect(200)).body
        .total as number;
    const jobsBefore = await jobCount();
    const txt = await post().attach('file', Buffer.from('x'), 'listings.txt').expect(415);
    expect(txt.body.code).toBe('import.unsupported_file');
    const columns = await post()
      .attach('file', Buffer.from('referenceCode,tittleEn\nA-1,x\n'), 'a.csv')
      .expect(422);
    expect(columns.body.detail).toContain('Unknown column: tittleEn');
    const json = await post().attach('file', Buffer.from('{"nope": 1}'), 'a.json').expect(422);
    expect(json.body.detail).toContain('array of listings');
    const big = await post()
      .attach('file', Buffer.alloc(IMPORT_FILE_LIMIT_BYTES + 1, 'a'), 'big.csv')
      .expect(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    expect(big.body.code).toBe('common.payload_too_large');
    const none = await post().field('publish', 'true').expect(400);
    expect(none.body.errors).toEqual([
      { field: 'file', message: 'send the file as the multipart field "file"' },
    ]);
    await t.http
      .post('/api/v1/admin/imports')
      .set(bearer(await t.keyFor('integrator')))
      .expect(403);
    await t.http
      .get('/api/v1/admin/imports/00000000-0000-4000-8000-000000000000')
      .set(bearer(curator))
      .expect(404);
    expect(await jobCount()).toBe(jobsBefore); // nothing refused became a job
  });

  it('npm run generate: the same file for the same seed, which the import takes as it is', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'generate-'));
    const run = async (file: string, ...args: string[]) => {
      const cli = startNodeProcess(
        'dist/src/cli/generate-command.js',
        ['--out', file, ...args],
        {},
      );
      return { code: await cli.exited, output: cli.output() };
    };
    const first = path.join(dir, 'a.json');
    const second = path.join(dir, 'b.json');
    expect((await run(first, '--count', '60', '--seed', '5')).code).toBe(0);
    expect((await run(second, '--count', '60', '--seed', '5')).code).toBe(0);
    const content = await readFile(first, 'utf8');
    expect(await readFile(second, 'utf8')).toBe(content);
    const bad = await run(path.join(dir, 'c.json'), '--count', '0');
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--count must be a whole number from 1 to 1000000');

    const job = await importFile(t, curator, 'generated.json', content, { publish: 'true' });
    expect(job).toMatchObject({ status: 'succeeded', totalRows: 60, created: 60, failedRows: 0 });
  });

  it('CLI: a crash mid-import leaves whole listings only, and a rerun completes it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'import-'));
    const file = path.join(dir, 'big.json');
    const count = 1500;
    const items = Array.from({ length: count }, (_, i) =>
      technologyInput({ referenceCode: `CRASH-${String(i).padStart(5, '0')}` }),
    );
    await writeFile(file, JSON.stringify(items));
    const env = {
      DATABASE_URL: t.config.databaseUrl,
      MEILI_URL: t.config.meili.url,
      MEILI_MASTER_KEY: t.config.meili.apiKey!,
      MEILI_INDEX: t.config.meili.index,
      DATA_DIR: t.config.dataDir,
    };
    const importedCount = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM technology WHERE reference_code LIKE 'CRASH-%'`,
        )
      )[0].n as number;

    const first = startNodeProcess(
      'dist/src/cli/import-command.js',
      [file, '--publish', '--batch-size', '100'],
      env,
    );
    const deadline = Date.now() + 60_000;
    while ((await importedCount()) < 300) {
      if (first.child.exitCode !== null) throw new Error(`import ended early:\n${first.output()}`);
      if (Date.now() > deadline) throw new Error(`import too slow:\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const partial = await importedCount();
    expect(partial).toBeLessThan(count);
    expect(partial % 100).toBe(0); // whole batches only
    const [{ n: incomplete }] = await t.db.query(
      `SELECT count(*)::int AS n FROM technology t
        WHERE t.reference_code LIKE 'CRASH-%'
          AND (t.status <> 'published'
               OR NOT EXISTS (SELECT 1 FROM technology_area a WHERE a.technology_id = t.id)
               OR (SELECT count(*) FROM patent p WHERE p.technology_id = t.id) <> 2)`,
    );
    expect(incomplete).toBe(0);

    const rerun = startNodeProcess('dist/src/cli/import-command.js', [file, '--publish'], env);
    expect(await rerun.exited).toBe(0);
    expect(rerun.output()).toContain(
      `${count - partial} listings were created, 0 updated, ${partial} unchanged`,
    );
    expect(rerun.output()).toContain('Updating the search index… done.');
    expect(await importedCount()).toBe(count);
    const search = (await t.http.get('/api/v1/technologies?q=CRASH-01499').expect(200)).body;
    expect(search.items.map((i: { referenceCode: string }) => i.referenceCode)).toContain(
      'CRASH-01499',
    );
  });
});
