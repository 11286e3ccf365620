import cliProgress from 'cli-progress';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { CatalogImporter } from '../imports/catalog-importer.js';
import { errorsCsv } from '../imports/import-errors-csv.js';
import { formatOf, readImportFile } from '../imports/import-file.js';
import { runCli } from './run-cli.js';

/**
 * `npm run import -- <file.csv|file.json> [--dry-run] [--publish] [--batch-size N]`: loads
 * listings from a file (DATABASE_URL/MEILI_URL, or the embedded servers under DATA_DIR when the
 * app is not running; while it runs, use POST /api/v1/admin/imports). Rows with errors are listed
 * in <file>.errors.csv; the exit code is 0 when every row went in, 1 when some did not, 2 when
 * the file could not be imported at all.
 */
const USAGE =
  'usage: npm run import -- <file.csv|file.json> [--dry-run] [--publish] [--batch-size N]';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(flags.help ? 0 : 2);
}
const file = path.resolve(positionals[0]);
const batchSize = flags['batch-size'] ? Number(flags['batch-size']) : undefined;
if (
  batchSize !== undefined &&
  !(Number.isInteger(batchSize) && batchSize > 0 && batchSize <= 5000)
) {
  console.error('--batch-size must be a whole number from 1 to 5000');
  process.exit(2);
}

// The file is read first: a missing or unreadable one starts no server. Like the other one-shot
// commands, no background relay or job poller runs here (it drains at the end).
let records: ReturnType<typeof readImportFile>;
try {
  records = readImportFile(await readFile(file), formatOf(file));
} catch (error) {
  console.error(
    `Import failed: ${error instanceof DomainError ? error.detail : String((error as Error)?.message ?? error)}`,
  );
  process.exit(2);
}
await runCli({ failure: 'Import failed', failureCode: 2 }, async ({ app }) => {
  let code = 0;
  const [{ areas }] = await app
    .get(DataSource)
    .query<{ areas: number }[]>('SELECT count(*)::int AS areas FROM area');
  if (areas === 0) {
    console.warn(
      'The area tree is empty, so rows naming areas will fail: the tree is loaded on the first `npm start` (or by `npm run seed`).',
    );
  }
  const bar = new cliProgress.SingleBar(
    {
      format:
        'Import |{bar}| {value}/{total} rows | {rate} rows/s | ETA {eta_formatted} | {created} new, {updated} updated, {unchanged} unchanged, {failed} with errors',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  try {
    bar.start(records.length, 0, { rate: 0, created: 0, updated: 0, unchanged: 0, failed: 0 });
    const report = await app.get(CatalogImporter).run(
      records,
      {
        dryRun: flags['dry-run'],
        publish: flags.publish,
        batchSize,
        actor: { kind: 'import', name: `import: ${path.basename(file)} (command line)` },
      },
      (r) => {
        const seconds = (Date.now() - started) / 1000;
        bar.update(r.processedRows, {
          rate: Math.round(r.processedRows / Math.max(seconds, 0.001)),
          created: r.created,
          updated: r.updated,
          unchanged: r.unchanged,
          failed: r.failedRows,
        });
      },
    );
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    const verb = flags['dry-run'] ? 'would be' : 'were';
    console.log(
      `${report.totalRows} rows in ${seconds.toFixed(1)} s: ${report.created} listings ${verb} created, ${report.updated} updated, ${report.unchanged} unchanged; ${report.published} published; ${report.failedRows} rows with errors.`,
    );
    if (report.errors.length) {
      const errorsFile = `${file}.errors.csv`;
      await writeFile(errorsFile, errorsCsv(report.errors));
      console.log(`Errors by row and column: ${errorsFile}`);
      for (const e of report.errors.slice(0, 10))
        console.log(`  row ${e.row}, ${e.field}: ${e.message}`);
      if (report.errors.length > 10) console.log(`  … and ${report.errors.length - 10} more`);
      code = 1;
    }
    if (!flags['dry-run'] && report.created + report.updated > 0) {
      process.stdout.write('Updating the search index… ');
      await app.get(OutboxRelay).drain(10 * 60_000);
      console.log('done.');
    }
  } finally {
    bar.stop();
  }
  return code;
});
