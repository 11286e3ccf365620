import type { DataSource } from 'typeorm';

/**
 * The baseline a team would build instead of running Meilisearch: ranked Postgres full-text
 * search over the published listings. A `tsvector` in the `simple` configuration (no stemming
 * that would mangle Korean) weighted title > keywords > summary, ranked with `ts_rank`, behind a
 * GIN index; Korean has no word boundaries a tsvector understands (particles stick to nouns), so
 * Korean text also gets a trigram GIN index for substring matches. Kept in its own table so the
 * product's schema carries nothing only the benchmark needs.
 */
export async function buildPostgresFts(db: DataSource): Promise<void> {
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await db.query('DROP TABLE IF EXISTS bench_fts');
  await db.query(`
    CREATE TABLE bench_fts AS
    SELECT t.id, t.slug, t.title_ko, t.title_en, t.summary_ko, t.summary_en, t.trl,
           setweight(to_tsvector('simple', coalesce(t.title_en, '') || ' ' || coalesce(t.title_ko, '')), 'A') ||
           setweight(to_tsvector('simple', array_to_string(t.keywords, ' ')), 'B') ||
           setweight(to_tsvector('simple', coalesce(t.summary_en, '') || ' ' || coalesce(t.summary_ko, '')), 'C')
             AS tsv,
           coalesce(t.title_ko, '') || ' ' || array_to_string(t.keywords, ' ') || ' ' ||
           coalesce(t.summary_ko, '') AS text_ko
      FROM technology t WHERE t.status = 'published'`);
  await db.query('CREATE INDEX bench_fts_tsv ON bench_fts USING gin (tsv)');
  await db.query('CREATE INDEX bench_fts_ko ON bench_fts USING gin (text_ko gin_trgm_ops)');
  await db.query('ANALYZE bench_fts');
}

/**
 * One page of ranked results and the total, as our endpoint answers (`$1` the words, `$2` the
 * lowest TRL or null). Korean substring matches rank after word matches of the same weight.
 */
export const POSTGRES_FTS_QUERY = `
  WITH q AS (SELECT plainto_tsquery('simple', $1) AS tsq, '%' || $1 || '%' AS pattern)
  SELECT f.id, f.slug, f.title_ko, f.title_en, f.summary_ko, f.summary_en, f.trl,
         ts_rank(f.tsv, q.tsq) + CASE WHEN f.text_ko ILIKE q.pattern THEN 0.05 ELSE 0 END AS rank,
         count(*) OVER () AS total
    FROM bench_fts f, q
   WHERE (f.tsv @@ q.tsq OR f.text_ko ILIKE q.pattern)
     AND ($2::int IS NULL OR f.trl >= $2::int)
   ORDER BY rank DESC, f.id
   LIMIT 20`;
