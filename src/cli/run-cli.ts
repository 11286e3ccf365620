import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { DomainError } from '../common/errors/domain-error.js';
import { type AppConfig, buildAppConfig } from '../config/app-config.js';
import { type Env, readEnv } from '../config/env.schema.js';
import { resolveServices } from '../config/resolve-services.js';
import { runMigrations } from '../database/migrate.js';
import { EmbeddedStack } from '../runtime/embedded-stack.js';
import { AreaAdminService } from '../taxonomy/area-admin.service.js';

export interface CliRun {
  env: Env;
  config: AppConfig;
  /** The app's services without an HTTP server (and without the background relay). */
  app: INestApplicationContext;
}

export interface CliOptions {
  /** What the failure line starts with, e.g. "Reindex failed". */
  failure: string;
  /** Exit code when the command throws (default 1). */
  failureCode?: number;
  /** Meilisearch too (default), or Postgres alone: the index is then reached through the outbox. */
  meilisearch?: boolean;
}

/**
 * The one start-up sequence of the one-shot commands: read the environment (no relay, quiet
 * logs), start the embedded servers that DATABASE_URL / MEILI_URL do not replace, migrate,
 * build the app context, run `work`, and always close and stop what was started. `work`'s
 * number is the exit code; a known failure is printed as one line, without a stack trace.
 */
export function runCli(
  options: CliOptions,
  work: (run: CliRun) => Promise<number | void>,
): Promise<never> {
  return execute(options, async (closeLater) => {
    const env = readEnv({ OUTBOX_RELAY: 'false', LOG_LEVEL: 'warn' });
    const meilisearch = options.meilisearch ?? true;
    const stack = await startEmbedded(env, meilisearch, closeLater);
    // No admin key: a one-shot command serves no HTTP.
    const services = meilisearch
      ? resolveServices(env, stack)
      : {
          databaseUrl: env.DATABASE_URL ?? stack!.databaseUrl!,
          // Not contacted: writes reach the index through the outbox when the app runs.
          meiliUrl: env.MEILI_URL ?? 'http://127.0.0.1:7700',
          meiliApiKey: env.MEILI_MASTER_KEY,
          adminApiKey: undefined,
        };
    const config = buildAppConfig(env, services);
    await runMigrations(config.databaseUrl);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    closeLater(() => app.close());
    await app.get(AreaAdminService).installDefaultTree(); // as `npm start` does, for an empty install
    return (await work({ env, config, app })) ?? 0;
  });
}

/**
 * The same sequence for the schema commands (migrate, migration:generate): Postgres alone and no
 * app context; the command itself decides what to do with the schema.
 */
export function runDatabaseCli(
  options: CliOptions,
  work: (databaseUrl: string) => Promise<number | void>,
): Promise<never> {
  return execute(options, async (closeLater) => {
    const env = readEnv({ OUTBOX_RELAY: 'false', LOG_LEVEL: 'warn' });
    const stack = await startEmbedded(env, false, closeLater);
    return (await work(env.DATABASE_URL ?? stack!.databaseUrl!)) ?? 0;
  });
}

type CloseLater = (close: () => Promise<unknown>) => void;

async function startEmbedded(
  env: Env,
  meilisearch: boolean,
  closeLater: CloseLater,
): Promise<EmbeddedStack | undefined> {
  const postgres = !env.DATABASE_URL;
  const meili = meilisearch && !env.MEILI_URL;
  if (!postgres && !meili) return undefined;
  const stack = await EmbeddedStack.start({ dataDir: env.DATA_DIR, postgres, meilisearch: meili });
  closeLater(() => stack.stop());
  return stack;
}

/** Runs `body`, prints a failure as one line, closes what it opened (last first), exits. */
async function execute(
  options: CliOptions,
  body: (closeLater: CloseLater) => Promise<number>,
): Promise<never> {
  const closers: (() => Promise<unknown>)[] = [];
  let code: number;
  try {
    code = await body((close) => closers.unshift(close));
  } catch (error) {
    // A message, not a stack trace (ConfigError and StartupError say what to fix).
    const known =
      error instanceof DomainError
        ? error.detail
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(`${options.failure}: ${known}`);
    code = options.failureCode ?? 1;
  }
  for (const close of closers) await close().catch(() => undefined);
  process.exit(code);
}
