import { runMigrations } from '../database/migrate.js';
import { withDatabase } from './cli-database.js';

/** `npm run migration:run`: uses DATABASE_URL, or the embedded Postgres under DATA_DIR. */
await withDatabase(async (databaseUrl) => {
  const ran = await runMigrations(databaseUrl);
  console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'Schema is up to date.');
});
