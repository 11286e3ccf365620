import { runMigrations } from '../database/migrate.js';
import { runDatabaseCli } from './run-cli.js';

/** `npm run migration:run`: uses DATABASE_URL, or the embedded Postgres under DATA_DIR. */
await runDatabaseCli({ failure: 'Migration failed' }, async (databaseUrl) => {
  const ran = await runMigrations(databaseUrl);
  console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'Schema is up to date.');
});
