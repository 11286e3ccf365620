import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

const READ_TIMEOUT = 'Query read timeout';

/**
 * pg's client-side query_timeout fails the query but keeps the connection, whose server side may
 * still be inside the stalled statement or an open transaction; the next borrower would then run
 * (and COMMIT) inside it. A connection whose query timed out is closed instead, so the pool
 * drops it and the server rolls its transaction back.
 */
export function closeConnectionsOnQueryTimeout(dataSource: DataSource): void {
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === READ_TIMEOUT) {
            (
              client as unknown as { connection: { stream: { destroy(): void } } }
            ).connection.stream.destroy();
          }
        });
      }
      return result;
    };
  });
}
