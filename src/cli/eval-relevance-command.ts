import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareApp } from '../bootstrap.js';
import { buildAppConfig } from '../config/app-config.js';
import { readEnv } from '../config/env.schema.js';
import { resolveServices } from '../config/resolve-services.js';
import { EmbeddedStack } from '../runtime/embedded-stack.js';
import {
  evaluateRelevance,
  formatReport,
  RELEVANCE_DIR,
} from '../search/relevance/relevance-eval.js';

/**
 * `npm run eval:relevance [-- <dir>]`: a fresh embedded Postgres + Meilisearch in a temporary
 * directory, the corpus loaded through the real pipeline, metrics printed next to vanilla
 * Meilisearch's and ranked Postgres full-text search's on the same corpus.
 */
const dir = process.argv[2] ?? RELEVANCE_DIR();
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'catalog-relevance-'));
const stack = await EmbeddedStack.start({ dataDir, postgres: true, meilisearch: true });
let code = 0;
try {
  const env = readEnv({
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    MEILI_URL: undefined,
  });
  const config = buildAppConfig(env, resolveServices(env, stack));
  const app = await prepareApp(config, { seedDemo: false, log: () => undefined });
  try {
    const report = await evaluateRelevance(app, dir);
    console.log(`Relevance on ${report.queries} judged queries (${dir}):\n`);
    console.log(formatReport(report));
    const worst = [...report.perQuery].sort((a, b) => a.ours.ndcg10 - b.ours.ndcg10).slice(0, 8);
    console.log('\nWeakest queries (ours):');
    for (const w of worst)
      console.log(
        `  ${w.id} [${w.kind}] "${w.q}": nDCG ${w.ours.ndcg10.toFixed(3)} (vanilla ${w.vanilla.ndcg10.toFixed(3)})`,
      );
    const missing = report.perQuery.filter((p) => p.ours.recall10 < 1);
    console.log('\nQueries whose top 10 miss a judged listing (ours):');
    for (const m of missing)
      console.log(
        `  ${m.id} [${m.kind}] "${m.q}": recall ${m.ours.recall10.toFixed(3)} (vanilla ${m.vanilla.recall10.toFixed(3)})`,
      );
  } finally {
    await app.close();
  }
} catch (error) {
  console.error(
    `Relevance evaluation failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  code = 1;
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
