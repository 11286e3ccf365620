import { escapeHtml, unescapeHtml } from '../common/html/escape-html.js';

/**
 * Meilisearch marks matches with these private-use characters instead of `<mark>`, so a
 * literal `<mark>` in stored text stays text: the text is escaped first, and only the markers
 * become tags. Documents never carry the markers themselves (see withoutMarkers).
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/** Text for a highlighted field of a document: any marker character in it is dropped. */
export function withoutMarkers<T extends string | null>(text: T): T {
  return (text === null ? text : text.replace(MARKERS, '')) as T;
}

/**
 * Meilisearch's marked text as HTML: escaped, with `<mark>…</mark>` around matches, and one
 * mark for adjacent marked tokens (Korean words the tokenizer does not know come back one
 * syllable at a time).
 */
export function toHighlightHtml(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return escapeHtml(text.replaceAll(HIGHLIGHT_POST + HIGHLIGHT_PRE, ''))
    .replaceAll(HIGHLIGHT_PRE, '<mark>')
    .replaceAll(HIGHLIGHT_POST, '</mark>');
}

/** The parts of toHighlightHtml's output as plain text, each marked or not (for rendering). */
export function highlightParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      parts.push({ text: unescapeHtml(part), marked });
    }
  }
  return parts;
}
