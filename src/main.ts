import 'reflect-metadata';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { generateApiKey } from './accounts/api-key-secret.js';
import { buildAppConfig } from './config/app-config.js';
import { ConfigError, readEnv } from './config/env.schema.js';
import { resolveServices } from './config/resolve-services.js';
import { EmbeddedStack, StartupError } from './runtime/embedded-stack.js';
import { loadOrCreateSecret } from './runtime/secrets.js';
import { prepareApp } from './bootstrap.js';
import { SearchReconciler } from './search/search-reconciler.js';
import { StaffAccountsService } from './accounts/staff-accounts.service.js';

/**
 * `npm start`: validate configuration, start embedded Postgres/Meilisearch unless
 * DATABASE_URL/MEILI_URL point elsewhere, migrate, seed once, serve. Ctrl-C stops it all.
 */
const sayAll = (lines: string[]) =>
  process.stdout.write(lines.map((line) => `[catalog] ${line}\n`).join(''));
const say = (message: string) => sayAll([message]);
let stack: EmbeddedStack | undefined;
let app: INestApplication | undefined;
let stopping = false;

async function main() {
  const env = readEnv();
  const embeddedPostgres = !env.DATABASE_URL;
  const embeddedMeili = !env.MEILI_URL;
  installSignalHandlers();
  if (embeddedPostgres || embeddedMeili) {
    stack = await EmbeddedStack.start({
      dataDir: env.DATA_DIR,
      postgres: embeddedPostgres,
      meilisearch: embeddedMeili,
      log: say,
      supervise: {
        maxRestarts: env.EMBEDDED_MAX_RESTARTS,
        // Meilisearch may come back with anything from before its death: compare and repair.
        onRestart: (server) => {
          if (server === 'meilisearch') app?.get(SearchReconciler).reconcileSoon();
        },
        onGiveUp: (server, reason) => {
          process.stderr.write(`[catalog] ${reason}; giving up, stopping with exit code 1.\n`);
          if (!stopping) {
            stopping = true;
            void shutdown(1);
          }
        },
      },
    });
  }
  const adminKeyFile = path.resolve(env.DATA_DIR, 'admin-api-key');
  const adminApiKey =
    env.ADMIN_API_KEY ??
    (embeddedPostgres
      ? await loadOrCreateSecret(adminKeyFile, () => generateApiKey().key)
      : undefined);
  const config = buildAppConfig(env, resolveServices(env, stack, adminApiKey));
  app = await prepareApp(config, { seedDemo: env.SEED_DEMO ?? embeddedPostgres, log: say });
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UserFacingError(
        `Port ${config.port} is already in use (another instance?). Set PORT to use another port.`,
      );
    }
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  // Nobody can sign in yet: a one-time link (24 h) to create the first admin account.
  const setupLink = await app.get(StaffAccountsService).setupLinkIfNoStaff();
  // One write: whoever waits for "Ready." (a supervisor, a test) sees the whole banner with it.
  sayAll([
    `Ready.`,
    `  Web:        ${base}/ (→ /en or /ko by the browser's language)`,
    `  API:        ${base}/api/v1/technologies/{idOrSlug}, ${base}/api/v1/areas`,
    `  API docs:   ${base}/api/docs   (OpenAPI JSON: ${base}/api/docs-json)`,
    `  Health:     ${base}/health/ready`,
    `  Console:    ${base}/console (staff sign-in)`,
    ...(setupLink
      ? [
          `  First admin: no staff account exists yet. Open this link within 24 hours to create one:`,
          `              ${setupLink}`,
        ]
      : []),
    env.ADMIN_API_KEY
      ? '  Admin key:  the ADMIN_API_KEY you set'
      : adminApiKey
        ? `  Admin key:  in ${adminKeyFile} (curl -H "Authorization: Bearer $(cat ${displayPath(adminKeyFile)})" …)`
        : '  Admin key:  none configured; set ADMIN_API_KEY (≥ 32 characters) to bootstrap one',
    'Press Ctrl-C to stop.',
  ]);
}

class UserFacingError extends Error {}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

function installSignalHandlers() {
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      say(`${signal} again: exiting now.`);
      process.exit(130);
    }
    stopping = true;
    say(`${signal}: stopping…`);
    void shutdown(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function shutdown(code: number) {
  try {
    await app?.close();
  } catch (error) {
    process.stderr.write(`[catalog] error while closing the app: ${String(error)}\n`);
  }
  try {
    await stack?.stop();
  } catch (error) {
    process.stderr.write(`[catalog] error while stopping embedded servers: ${String(error)}\n`);
  }
  if (code === 0) say('Stopped.');
  process.exit(code);
}

main().catch(async (error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof UserFacingError ||
    error instanceof StartupError;
  process.stderr.write(
    `[catalog] Start-up failed: ${known ? error.message : ((error as Error)?.stack ?? String(error))}\n`,
  );
  await shutdown(1);
});
