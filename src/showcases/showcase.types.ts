export const SHOWCASE_VISIBILITIES = ['public', 'unlisted'] as const;
/** `public`: on the home page and in the sitemap; `unlisted`: reachable by its link only. */
export type ShowcaseVisibility = (typeof SHOWCASE_VISIBILITIES)[number];

export const SHOWCASE_STATUSES = ['draft', 'published'] as const;
export type ShowcaseStatus = (typeof SHOWCASE_STATUSES)[number];

/** What is counted per showcase (per day, and per listing where there is one); never who. */
export const SHOWCASE_METRICS = ['page_view', 'listing_view', 'pdf_download', 'qr_scan'] as const;
export type ShowcaseMetricKind = (typeof SHOWCASE_METRICS)[number];

/** How a visitor reached a page from a showcase: its page, a printed PDF, or a QR code. */
export const SHOWCASE_VIAS = ['page', 'pdf', 'qr'] as const;
export type ShowcaseVia = (typeof SHOWCASE_VIAS)[number];

export const MAX_SHOWCASE_LISTINGS = 50;
export const SHOWCASE_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** The inquiry `source` of a showcase: `showcase:<slug>`. */
export const showcaseSource = (slug: string) => `showcase:${slug}`;
const SOURCE = /^showcase:([a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?)$/;

/** The showcase slug a `source` value names, or null. */
export function showcaseSlugOfSource(source: unknown): string | null {
  return typeof source === 'string' ? (SOURCE.exec(source)?.[1] ?? null) : null;
}
