import { DemoSeeder } from '../demo/demo-seeder.js';
import { runCli } from './run-cli.js';

/**
 * `npm run seed`: loads the demo catalog (and its showcases) into DATABASE_URL (or the embedded Postgres under
 * DATA_DIR). Idempotent: run it twice and the second run creates nothing. The search index
 * catches up through the outbox when the app runs.
 */
await runCli({ failure: 'Seeding failed', meilisearch: false }, async ({ app }) => {
  const seeder = app.get(DemoSeeder);
  const report = await seeder.seed();
  await seeder.seedShowcases();
  console.log(
    `Demo catalog: ${report.created} listings created, ${report.skipped} already present, ${report.areas} areas.`,
  );
});
