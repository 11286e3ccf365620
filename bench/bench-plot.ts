import type { LatencySummary } from './bench-support.js';

type Target = 'direct' | 'ours' | 'oursUncached' | 'postgresFts';

const SERIES: { key: Target; label: string; color: string }[] = [
  { key: 'direct', label: 'Meilisearch direct', color: '#1f77b4' },
  { key: 'ours', label: 'our endpoint (shipped)', color: '#2ca02c' },
  { key: 'oursUncached', label: 'our endpoint, cache off', color: '#ff7f0e' },
  { key: 'postgresFts', label: 'Postgres FTS', color: '#d62728' },
];

/**
 * Search latency (p50 and p95) against catalog size as a small standalone SVG: sizes on a log
 * scale, milliseconds on a log scale too (the baselines differ by orders of magnitude).
 */
export function latencyPlot(
  steps: { size: number; search: Record<Target, LatencySummary> }[],
): string {
  const width = 720;
  const height = 420;
  const m = { left: 70, right: 220, top: 40, bottom: 60 };
  const sizes = steps.map((s) => s.size);
  const values = steps.flatMap((s) =>
    SERIES.flatMap(({ key }) => [s.search[key].p50, s.search[key].p95]),
  );
  const yMin = 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...values))));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const xMin = Math.log10(Math.min(...sizes));
  const xMax = Math.log10(Math.max(...sizes));
  const x = (size: number) =>
    m.left + ((Math.log10(size) - xMin) / Math.max(xMax - xMin, 1e-9)) * (width - m.left - m.right);
  const y = (ms: number) =>
    height -
    m.bottom -
    ((Math.log10(Math.max(ms, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) *
      (height - m.top - m.bottom);

  const parts: string[] = [];
  for (let v = yMin; v <= yMax; v *= 10) {
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${m.left - 8}" y="${y(v) + 4}" text-anchor="end">${v} ms</text>`,
    );
  }
  for (const size of sizes) {
    parts.push(
      `<line x1="${x(size)}" x2="${x(size)}" y1="${m.top}" y2="${height - m.bottom}" stroke="#eee"/>`,
      `<text x="${x(size)}" y="${height - m.bottom + 18}" text-anchor="middle">${size.toLocaleString('en')}</text>`,
    );
  }
  SERIES.forEach(({ key, label, color }, i) => {
    for (const [stat, dash] of [
      ['p50', ''],
      ['p95', ' stroke-dasharray="5 4"'],
    ] as const) {
      const points = steps.map((s) => `${x(s.size)},${y(s.search[key][stat])}`).join(' ');
      parts.push(
        `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`,
      );
    }
    for (const s of steps)
      parts.push(`<circle cx="${x(s.size)}" cy="${y(s.search[key].p50)}" r="3" fill="${color}"/>`);
    const ly = m.top + 10 + i * 22;
    parts.push(
      `<line x1="${width - m.right + 16}" x2="${width - m.right + 40}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${width - m.right + 46}" y="${ly + 4}">${label}</text>`,
    );
  });
  const ly = m.top + 10 + SERIES.length * 22 + 8;
  parts.push(`<text x="${width - m.right + 16}" y="${ly}">solid p50, dashed p95</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${m.left}" y="22" font-size="15">Search latency vs catalog size (loopback, 10 connections)</text>
${parts.join('\n')}
<text x="${(m.left + width - m.right) / 2}" y="${height - 16}" text-anchor="middle">published listings (log scale)</text>
</svg>
`;
}
