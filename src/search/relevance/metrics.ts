/** Graded judgments of one query: slug → 3 (exact), 2 (strong), 1 (marginal); unjudged = 0. */
export type Judgments = Record<string, number>;

export interface QueryMetrics {
  ndcg10: number;
  mrr10: number;
  recall10: number;
  success1: number;
}

const K = 10;
const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2); // rank is 0-based

/** nDCG@10 (gain 2^g − 1), MRR@10, recall@10 and success@1 (a grade-3 hit first). */
export function queryMetrics(ranked: string[], judgments: Judgments): QueryMetrics {
  const top = ranked.slice(0, K);
  const dcg = top.reduce((sum, slug, i) => sum + gain(judgments[slug] ?? 0) * discount(i), 0);
  const ideal = Object.values(judgments)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, K)
    .reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  const firstRelevant = top.findIndex((slug) => (judgments[slug] ?? 0) > 0);
  const relevant = Object.entries(judgments).filter(([, g]) => g > 0);
  const found = relevant.filter(([slug]) => top.includes(slug)).length;
  return {
    ndcg10: ideal > 0 ? dcg / ideal : 0,
    mrr10: firstRelevant >= 0 ? 1 / (firstRelevant + 1) : 0,
    recall10: relevant.length > 0 ? found / relevant.length : 0,
    success1: top.length > 0 && judgments[top[0]] === 3 ? 1 : 0,
  };
}

export function meanMetrics(all: QueryMetrics[]): QueryMetrics {
  const mean = (pick: (m: QueryMetrics) => number) =>
    all.length ? all.reduce((s, m) => s + pick(m), 0) / all.length : 0;
  return {
    ndcg10: mean((m) => m.ndcg10),
    mrr10: mean((m) => m.mrr10),
    recall10: mean((m) => m.recall10),
    success1: mean((m) => m.success1),
  };
}
