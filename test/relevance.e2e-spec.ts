import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  evaluateRelevance,
  formatReport,
  RELEVANCE_DIR,
} from '../src/search/relevance/relevance-eval.js';
import { startTestApp, type TestApp } from './support/harness.js';

/**
 * The relevance evaluation of `npm run eval:relevance`, with its bar asserted: on the judged
 * dev queries our search must clearly beat vanilla Meilisearch on the same corpus.
 */
describe('search relevance on the judged dev queries', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('beats vanilla Meilisearch and Postgres full-text search, overall and on Korean and concepts', async () => {
    const dir = RELEVANCE_DIR();
    expect(existsSync(path.join(dir, 'corpus.json'))).toBe(true); // ../shared/relevance must be beside the repo
    const report = await evaluateRelevance(t.app, dir);
    process.stdout.write(`\n${formatReport(report)}\n`);
    expect(report.queries).toBeGreaterThanOrEqual(40);
    expect(report.ours.ndcg10).toBeGreaterThanOrEqual(0.93);
    expect(report.ours.ndcg10 - report.vanilla.ndcg10).toBeGreaterThanOrEqual(0.03);
    expect(report.ours.mrr10).toBeGreaterThanOrEqual(report.vanilla.mrr10);
    expect(report.ours.recall10).toBeGreaterThanOrEqual(report.vanilla.recall10);
    expect(report.byKind['ko-particle'].ours.ndcg10).toBeGreaterThan(
      report.byKind['ko-particle'].vanilla.ndcg10,
    );
    expect(report.byKind.concept.ours.ndcg10).toBeGreaterThan(report.byKind.concept.vanilla.ndcg10);
    // What a team would build on Postgres alone: far behind (no synonyms, typos or numbers).
    expect(report.postgresFts.ndcg10).toBeGreaterThan(0); // it ran and found things
    expect(report.ours.ndcg10 - report.postgresFts.ndcg10).toBeGreaterThanOrEqual(0.2);
  }, 180_000);
});
