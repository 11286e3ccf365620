import { readEnv } from '../config/env.schema.js';
import { EmbeddedStack } from '../runtime/embedded-stack.js';

/**
 * For command-line tools (migrate, seed, reindex): runs `work` against DATABASE_URL, or against
 * the embedded Postgres under DATA_DIR when it is not set (start it, work, stop it).
 */
export async function withDatabase(work: (databaseUrl: string) => Promise<void>): Promise<void> {
  const env = readEnv();
  if (env.DATABASE_URL) return work(env.DATABASE_URL);
  const stack = await EmbeddedStack.start({
    dataDir: env.DATA_DIR,
    postgres: true,
    meilisearch: false,
  });
  try {
    await work(stack.databaseUrl!);
  } finally {
    await stack.stop();
  }
}
