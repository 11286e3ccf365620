import { isISO31661Alpha2 } from 'class-validator';
import type { Lang } from './web-i18n.js';

export interface CountryOption {
  code: string;
  name: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every code the inquiry API accepts (the same validator), so the form offers no other. */
const CODES = [...LETTERS]
  .flatMap((a) => [...LETTERS].map((b) => a + b))
  .filter((c) => isISO31661Alpha2(c));

const cache = new Map<Lang, CountryOption[]>();

/** Countries named in the reader's language (ICU's names), in that language's order. */
export function countryOptions(lang: Lang): CountryOption[] {
  let options = cache.get(lang);
  if (!options) {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    const collator = new Intl.Collator(lang);
    options = CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    cache.set(lang, options);
  }
  return options;
}
