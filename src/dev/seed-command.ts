import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { buildAppConfig } from '../config/app-config.js';
import { readEnv } from '../config/env.schema.js';
import { runMigrations } from '../database/migrate.js';
import { withDatabase } from './cli-database.js';
import { DemoSeeder } from './demo-seeder.js';

/**
 * `npm run seed`: loads the demo catalog into DATABASE_URL (or the embedded Postgres under
 * DATA_DIR). Idempotent: run it twice and the second run creates nothing. The search index
 * catches up through the outbox when the app runs.
 */
const env = readEnv({ OUTBOX_RELAY: 'false' });
await withDatabase(async (databaseUrl) => {
  await runMigrations(databaseUrl);
  const config = buildAppConfig(env, {
    databaseUrl,
    // Not contacted by the seeder; writes reach the index through the outbox.
    meiliUrl: env.MEILI_URL ?? 'http://127.0.0.1:7700',
    meiliApiKey: env.MEILI_MASTER_KEY,
    adminApiKey: undefined,
  });
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const report = await context.get(DemoSeeder).seed();
    console.log(
      `Demo catalog: ${report.created} listings created, ${report.skipped} already present, ${report.areas} areas.`,
    );
  } finally {
    await context.close();
  }
});
