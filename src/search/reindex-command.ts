import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { AppModule } from '../app.module.js';
import { buildAppConfig } from '../config/app-config.js';
import { readEnv } from '../config/env.schema.js';
import { runMigrations } from '../database/migrate.js';
import { EmbeddedStack, resolveServices } from '../dev/embedded-stack.js';
import { SearchReindexer } from './search-reindexer.js';

/**
 * `npm run reindex`: rebuilds the search index from Postgres (DATABASE_URL/MEILI_URL, or the
 * embedded servers under DATA_DIR when the app is not running) with a progress bar.
 */
const env = readEnv({ OUTBOX_RELAY: 'false', LOG_LEVEL: 'warn' });
const embedded = !env.DATABASE_URL || !env.MEILI_URL;
const stack = embedded
  ? await EmbeddedStack.start({
      dataDir: env.DATA_DIR,
      postgres: !env.DATABASE_URL,
      meilisearch: !env.MEILI_URL,
    })
  : undefined;
let code = 0;
try {
  const config = buildAppConfig(env, resolveServices(env, stack));
  await runMigrations(config.databaseUrl);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  const bar = new cliProgress.SingleBar(
    {
      format: 'Reindex |{bar}| {value}/{total} listings | {percentage}% | ETA {eta}s',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    const report = await context.get(SearchReindexer).reindex((done, total) => {
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
    });
    bar.stop();
    console.log(
      `Index "${report.index}" rebuilt: ${report.indexed} listings in ${report.durationMs} ms; ${report.replayed} changed meanwhile and re-queued.`,
    );
  } finally {
    bar.stop();
    await context.close();
  }
} catch (error) {
  console.error(`Reindex failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await stack?.stop();
}
process.exit(code);
