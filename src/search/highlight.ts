/**
 * Meilisearch marks matches with these private-use characters instead of `<mark>`, so a
 * literal `<mark>` in stored text stays text: the text is escaped first, and only the markers
 * become tags. Documents never carry the markers themselves (see withoutMarkers).
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

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
  return text
    .replaceAll(HIGHLIGHT_POST + HIGHLIGHT_PRE, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(HIGHLIGHT_PRE, '<mark>')
    .replaceAll(HIGHLIGHT_POST, '</mark>');
}

const UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(ESCAPES).map(([c, e]) => [e, c]),
);

/** The parts of toHighlightHtml's output as plain text, each marked or not (for rendering). */
export function highlightParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      parts.push({ text: part.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]), marked });
    }
  }
  return parts;
}
