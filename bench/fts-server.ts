import http from 'node:http';
import pg from 'pg';
import { readEnv } from '../src/config/env.schema.js';
import { POSTGRES_FTS_QUERY } from '../src/search/relevance/postgres-fts.js';

/**
 * The Postgres full-text baseline behind the thinnest HTTP server Node has (no framework), so
 * the benchmark compares search engines, not web stacks: GET /search?q=…&trlMin=… → JSON.
 * Started by `npm run bench` with DATABASE_URL and PORT.
 */
const env = readEnv();
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const q = url.searchParams.get('q') ?? '';
  const trlMin = url.searchParams.get('trlMin');
  pool
    .query<{ total: string }>(POSTGRES_FTS_QUERY, [q, trlMin ? Number(trlMin) : null])
    .then(({ rows }) => {
      const body = JSON.stringify({ items: rows, total: Number(rows[0]?.total ?? 0) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    })
    .catch((error: Error) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
    });
});
server.keepAliveTimeout = 60_000;
server.listen(env.PORT, env.HOST, () => console.log('fts server ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
