import type { INestApplicationContext } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { DemoSeeder } from '../../demo/demo-seeder.js';
import { projectRoot } from '../../runtime/project-root.js';
import { OutboxRelay } from '../../outbox/outbox-relay.js';
import { MEILI_CLIENT } from '../meili-client-factory.js';
import { SearchQueryDto } from '../search-query.dto.js';
import { SearchRepository } from '../search.repository.js';
import { SearchService } from '../search.service.js';
import { DataSource } from 'typeorm';
import { type Judgments, meanMetrics, type QueryMetrics, queryMetrics } from './metrics.js';
import { buildPostgresFts, POSTGRES_FTS_QUERY } from './postgres-fts.js';

export interface JudgedQuery {
  id: string;
  q: string;
  lang: 'ko' | 'en';
  kind: string;
  filters?: {
    area?: string | string[];
    trlMin?: number;
    trlMax?: number;
    jurisdiction?: string | string[];
  };
  judgments: Judgments;
}

export interface RelevanceReport {
  queries: number;
  ours: QueryMetrics;
  vanilla: QueryMetrics;
  /** Ranked Postgres full-text search (the benchmark's baseline), TRL filters only. */
  postgresFts: QueryMetrics;
  byKind: Record<
    string,
    { n: number; ours: QueryMetrics; vanilla: QueryMetrics; postgresFts: QueryMetrics }
  >;
  perQuery: {
    id: string;
    kind: string;
    q: string;
    ours: QueryMetrics;
    vanilla: QueryMetrics;
    postgresFts: QueryMetrics;
  }[];
}

export const RELEVANCE_DIR = () => path.join(projectRoot(), '..', 'shared', 'relevance');

/**
 * Loads the relevance corpus through the real pipeline (seeder → Postgres → outbox → relay →
 * index with our settings), runs the judged queries through our search service, and runs the
 * same queries on "vanilla" Meilisearch: default settings, documents as the corpus gives them
 * (only the attributes the filtered queries need are made filterable), and on the benchmark's
 * Postgres full-text search.
 */
export async function evaluateRelevance(
  app: INestApplicationContext,
  dir = RELEVANCE_DIR(),
): Promise<RelevanceReport> {
  const corpusFile = path.join(dir, 'corpus.json');
  const corpus = JSON.parse(await readFile(corpusFile, 'utf8')) as {
    technologies: Record<string, unknown>[];
  };
  const { queries } = JSON.parse(await readFile(path.join(dir, 'dev-queries.json'), 'utf8')) as {
    queries: JudgedQuery[];
  };

  await app.get(DemoSeeder).seed(corpusFile);
  await app.get(OutboxRelay).drain(120_000);

  const client = app.get<Meilisearch>(MEILI_CLIENT);
  const vanillaIndex = `${app.get(SearchRepository).indexName}_vanilla`;
  await client.deleteIndex(vanillaIndex).waitTask({ timeout: 60_000 });
  await client.createIndex(vanillaIndex, { primaryKey: 'slug' }).waitTask({ timeout: 60_000 });
  const settings = await client
    .index(vanillaIndex)
    .updateSettings({ filterableAttributes: ['areas', 'trl', 'patents.jurisdiction'] })
    .waitTask({ timeout: 60_000 });
  const added = await client
    .index(vanillaIndex)
    .addDocuments(corpus.technologies)
    .waitTask({ timeout: 120_000 });
  if (settings.status !== 'succeeded' || added.status !== 'succeeded')
    throw new Error('vanilla index could not be built');

  const db = app.get(DataSource);
  await buildPostgresFts(db);
  const search = app.get(SearchService);
  const perQuery: RelevanceReport['perQuery'] = [];
  for (const query of queries) {
    const dto = Object.assign(new SearchQueryDto(), {
      q: query.q,
      lang: query.lang,
      perPage: 10,
      page: 1,
      sort: 'relevance',
      area: toArray(query.filters?.area),
      trlMin: query.filters?.trlMin,
      trlMax: query.filters?.trlMax,
      jurisdiction: toArray(query.filters?.jurisdiction),
    });
    const ours = (await search.find(dto)).items.map((i) => i.slug);
    const vanillaHits = await client
      .index(vanillaIndex)
      .search(query.q, { limit: 10, filter: vanillaFilter(query) });
    const vanilla = vanillaHits.hits.map((h) => String(h.slug));
    const fts = (
      await db.query<{ slug: string }[]>(POSTGRES_FTS_QUERY, [
        query.q,
        query.filters?.trlMin ?? null,
      ])
    )
      .slice(0, 10)
      .map((r) => r.slug);
    perQuery.push({
      id: query.id,
      kind: query.kind,
      q: query.q,
      ours: queryMetrics(ours, query.judgments),
      vanilla: queryMetrics(vanilla, query.judgments),
      postgresFts: queryMetrics(fts, query.judgments),
    });
  }
  await client.deleteIndex(vanillaIndex).waitTask({ timeout: 60_000 });

  const byKind: RelevanceReport['byKind'] = {};
  for (const kind of [...new Set(perQuery.map((p) => p.kind))].sort()) {
    const rows = perQuery.filter((p) => p.kind === kind);
    byKind[kind] = {
      n: rows.length,
      ours: meanMetrics(rows.map((r) => r.ours)),
      vanilla: meanMetrics(rows.map((r) => r.vanilla)),
      postgresFts: meanMetrics(rows.map((r) => r.postgresFts)),
    };
  }
  return {
    queries: perQuery.length,
    ours: meanMetrics(perQuery.map((p) => p.ours)),
    vanilla: meanMetrics(perQuery.map((p) => p.vanilla)),
    postgresFts: meanMetrics(perQuery.map((p) => p.postgresFts)),
    byKind,
    perQuery,
  };
}

const toArray = (v: string | string[] | undefined) =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

function vanillaFilter(query: JudgedQuery): string[] {
  const f: string[] = [];
  const areas = toArray(query.filters?.area);
  if (areas) f.push(`areas IN [${areas.map((a) => JSON.stringify(a)).join(', ')}]`);
  if (query.filters?.trlMin !== undefined) f.push(`trl >= ${query.filters.trlMin}`);
  if (query.filters?.trlMax !== undefined) f.push(`trl <= ${query.filters.trlMax}`);
  const jurisdictions = toArray(query.filters?.jurisdiction);
  if (jurisdictions)
    f.push(`patents.jurisdiction IN [${jurisdictions.map((j) => JSON.stringify(j)).join(', ')}]`);
  return f;
}

/** The report as a table for the terminal and the README. */
export function formatReport(r: RelevanceReport): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [
    '| kind | queries | nDCG@10 ours | nDCG@10 vanilla | nDCG@10 Postgres FTS | MRR@10 ours | MRR@10 vanilla | recall@10 ours | recall@10 vanilla |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| **all** | ${r.queries} | **${n(r.ours.ndcg10)}** | ${n(r.vanilla.ndcg10)} | ${n(r.postgresFts.ndcg10)} | **${n(r.ours.mrr10)}** | ${n(r.vanilla.mrr10)} | **${n(r.ours.recall10)}** | ${n(r.vanilla.recall10)} |`,
    ...Object.entries(r.byKind).map(
      ([kind, k]) =>
        `| ${kind} | ${k.n} | ${n(k.ours.ndcg10)} | ${n(k.vanilla.ndcg10)} | ${n(k.postgresFts.ndcg10)} | ${n(k.ours.mrr10)} | ${n(k.vanilla.mrr10)} | ${n(k.ours.recall10)} | ${n(k.vanilla.recall10)} |`,
    ),
  ];
  return lines.join('\n');
}
