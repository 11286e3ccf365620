import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * The one TypeORM configuration, shared by the app and the migration CLI. The schema is changed
 * only by migrations (never `synchronize`); migrations are listed explicitly so the same code
 * runs compiled, under Jest, and in Docker.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
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
      connectionTimeoutMillis: 5000,
      // Fail a stuck query instead of hanging a request forever.
      statement_timeout: 30000,
      application_name: 'tech-catalog',
    },
  };
}
