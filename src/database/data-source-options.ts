import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DatabaseTimeouts {
  /** Waiting for a pooled connection or for a new one to be accepted. */
  connectTimeoutMs: number;
  /** One query's answer, measured by the client: also fires when the server stalls. */
  queryTimeoutMs: number;
}

const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectTimeoutMs: 3000, queryTimeoutMs: 10000 };

/**
 * The one TypeORM configuration, shared by the app and the migration CLI. The schema is changed
 * only by migrations (never `synchronize`); migrations are listed explicitly so the same code
 * runs compiled, under Jest, and in Docker.
 */
export function dataSourceOptions(
  databaseUrl: string,
  timeouts: DatabaseTimeouts = DEFAULT_TIMEOUTS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: timeouts.connectTimeoutMs,
      // The server cancels a slow statement; the client gives up on a silent (stalled) server.
      statement_timeout: timeouts.queryTimeoutMs,
      query_timeout: timeouts.queryTimeoutMs + 500,
      application_name: 'tech-catalog',
    },
  };
}
