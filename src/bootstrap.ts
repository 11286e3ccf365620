import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { ApiKeysService } from './accounts/api-keys.service.js';
import type { AppConfig } from './config/app-config.js';
import { runMigrations } from './database/migrate.js';
import { DemoSeeder } from './demo/demo-seeder.js';
import { createApp } from './app-factory.js';
import { AreaAdminService } from './taxonomy/area-admin.service.js';

export interface StartOptions {
  seedDemo: boolean;
  log?: (message: string) => void;
}

/**
 * Everything between "servers are reachable" and "ready to listen": migrate, build the app,
 * make the bootstrap admin key work, load the default area tree into an empty install, load the
 * demo catalog once. Used by main.ts and the tests.
 */
export async function prepareApp(
  config: AppConfig,
  options: StartOptions,
): Promise<INestApplication> {
  const log = options.log ?? ((m: string) => new Logger('Bootstrap').log(m));
  const ran = await runMigrations(config.databaseUrl);
  if (ran.length) log(`Applied migrations: ${ran.join(', ')}`);
  const app = await createApp(config);
  await app.init();
  if (config.adminApiKey) await app.get(ApiKeysService).ensureBootstrapAdminKey(config.adminApiKey);
  // Every install, demo or not: without areas no listing can be classified.
  const areas = await app.get(AreaAdminService).installDefaultTree();
  if (areas) log(`Loaded the default area tree (data/taxonomy.json): ${areas} areas`);
  if (options.seedDemo) {
    const report = await app.get(DemoSeeder).seedOnce();
    if (report) log(`Loaded the demo catalog: ${report.created} listings in ${report.areas} areas`);
  }
  return app;
}
