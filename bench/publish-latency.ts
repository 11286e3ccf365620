/**
 * Publish→searchable latency: at a steady rate, a curator publishes a new listing and a partner
 * polls public search for it; the time from sending the publish request to the first search
 * answer that contains it is one sample. Everything goes through the app's HTTP API.
 */
export interface PublishLatency {
  samples: number;
  ratePerSecond: number;
  p50: number;
  p95: number;
  max: number;
}

export async function measurePublishLatency(
  appUrl: string,
  adminKey: string,
  samples = 40,
  ratePerSecond = 4,
): Promise<PublishLatency> {
  const headers = { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' };
  const run = Date.now().toString(36);
  const one = async (i: number): Promise<number> => {
    const keyword = `pubbench${run}x${i}`;
    const created = await fetch(`${appUrl}/api/v1/admin/technologies`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        referenceCode: `PUB-${run}-${i}`.toUpperCase(),
        titleKo: `게시 지연 측정 ${i}`,
        titleEn: `Publish latency probe ${i}`,
        summaryKo: '게시 후 검색될 때까지의 시간을 재는 항목입니다.',
        summaryEn: 'Measures the time from publish to searchable.',
        keywords: [keyword],
        areaCodes: ['diagnostics.point-of-care'],
        trl: 4,
        stage: 'prototype',
        licenseTypes: ['exclusive'],
        inventors: [{ nameKo: '김측정', nameEn: 'Cheuk-jeong Kim' }],
      }),
    });
    if (created.status !== 201)
      throw new Error(`create: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const started = performance.now();
    const published = await fetch(`${appUrl}/api/v1/admin/technologies/${id}/publish`, {
      method: 'POST',
      headers,
    });
    if (published.status !== 200) throw new Error(`publish: ${published.status}`);
    for (;;) {
      const res = await fetch(`${appUrl}/api/v1/technologies?q=${keyword}`);
      const body = (await res.json()) as { total?: number };
      if (res.status === 200 && (body.total ?? 0) > 0) return performance.now() - started;
      if (performance.now() - started > 30_000) throw new Error(`${keyword} never searchable`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  const pending: Promise<number>[] = [];
  for (let i = 0; i < samples; i++) {
    pending.push(one(i));
    await new Promise((r) => setTimeout(r, 1000 / ratePerSecond));
  }
  const sorted = (await Promise.all(pending)).sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  return { samples, ratePerSecond, p50: at(0.5), p95: at(0.95), max: Math.round(sorted.at(-1)!) };
}
