// Starts one real Postgres and one real Meilisearch for the whole e2e run, in a fresh temporary
// data dir, and migrates the database. Test files reach them through TEST_* variables and make
// their own data; nothing is mocked. Jest loads this file outside its ESM transform, so it uses
// the compiled code (`npm test` builds first, see "pretest").
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runMigrations } from '../../dist/src/database/migrate.js';
import { EmbeddedStack } from '../../dist/src/runtime/embedded-stack.js';

export default async function globalSetup() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-e2e-'));
  const stack = await EmbeddedStack.start({ dataDir, postgres: true, meilisearch: true });
  globalThis.__catalogStack = stack;
  await runMigrations(stack.databaseUrl);
  // A migrated template nobody connects to: each test app gets its own database cloned from it,
  // so test files never see each other's rows (or outbox work).
  const templateUrl = new URL(stack.databaseUrl);
  templateUrl.pathname = '/catalog_template';
  const admin = new pg.Client({ connectionString: stack.databaseUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE catalog_template');
  await admin.end();
  await runMigrations(templateUrl.toString());
  process.env.TEST_TEMPLATE_DATABASE_URL = templateUrl.toString();
  process.env.TEST_DATA_DIR = dataDir;
  process.env.TEST_DATABASE_URL = stack.databaseUrl;
  process.env.TEST_MEILI_URL = stack.meiliUrl;
  process.env.TEST_MEILI_KEY = stack.meiliMasterKey;
}
