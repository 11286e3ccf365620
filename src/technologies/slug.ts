export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

/**
 * A URL slug from an English title ("CD19 CAR-T for Lymphoma" → "cd19-car-t-for-lymphoma").
 * Falls back to the reference code when the title has no Latin letters or digits.
 */
export function slugify(title: string | null | undefined, fallback: string): string {
  const from = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  let slug = from(title ?? '');
  if (slug.length < 3) slug = from(fallback);
  if (slug.length > 80) slug = slug.slice(0, 80).replace(/-[^-]*$/, '') || slug.slice(0, 80);
  return slug.replace(/-+$/, '');
}

/** `base`, then `base-2`, `base-3`, … : the first not in `taken`. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
