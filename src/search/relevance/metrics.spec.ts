import { describe, it, expect } from '@jest/globals';
import { meanMetrics, queryMetrics } from './metrics.js';

describe('relevance metrics', () => {
  const judgments = { a: 3, b: 2, c: 1 };

  it('scores the ideal ranking 1 on every metric', () => {
    expect(queryMetrics(['a', 'b', 'c'], judgments)).toEqual({
      ndcg10: 1,
      mrr10: 1,
      recall10: 1,
      success1: 1,
    });
  });

  it('penalizes a relevant result further down', () => {
    const m = queryMetrics(['x', 'b', 'a'], judgments);
    expect(m.mrr10).toBe(0.5);
    expect(m.success1).toBe(0);
    expect(m.recall10).toBeCloseTo(2 / 3);
    // DCG = 3/log2(3) + 7/log2(4); IDCG = 7 + 3/log2(3) + 1/log2(4)
    expect(m.ndcg10).toBeCloseTo((3 / Math.log2(3) + 7 / 2) / (7 + 3 / Math.log2(3) + 0.5), 10);
  });

  it('counts only the top 10 and scores nothing found as 0', () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `n${i}`), 'a'];
    expect(queryMetrics(ranked, judgments)).toEqual({
      ndcg10: 0,
      mrr10: 0,
      recall10: 0,
      success1: 0,
    });
  });

  it('averages over queries', () => {
    expect(
      meanMetrics([
        { ndcg10: 1, mrr10: 1, recall10: 1, success1: 1 },
        { ndcg10: 0, mrr10: 0.5, recall10: 0, success1: 0 },
      ]),
    ).toEqual({
      ndcg10: 0.5,
      mrr10: 0.75,
      recall10: 0.5,
      success1: 0.5,
    });
  });
});
