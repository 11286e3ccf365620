import { describe, it, expect } from '@jest/globals';
import {
  HIGHLIGHT_POST as B,
  HIGHLIGHT_PRE as A,
  highlightParts,
  toHighlightHtml,
  withoutMarkers,
} from './highlight.js';

describe('highlights', () => {
  it('keeps stored markup as text and marks only the matches', () => {
    expect(toHighlightHtml(`<mark>fake</mark> & ${A}real${B} "x"`)).toBe(
      '&lt;mark&gt;fake&lt;/mark&gt; &amp; <mark>real</mark> &quot;x&quot;',
    );
  });

  it('joins adjacent marks (Korean syllables) into one', () => {
    expect(toHighlightHtml(`${A}쿼${B}${A}카${B} 타액`)).toBe('<mark>쿼카</mark> 타액');
  });

  it('round-trips to plain parts for rendering', () => {
    const html = toHighlightHtml(`a <mark> & ${A}b${B}`)!;
    expect(highlightParts(html)).toEqual([
      { text: 'a <mark> & ', marked: false },
      { text: 'b', marked: true },
    ]);
  });

  it('drops marker characters from document text', () => {
    expect(withoutMarkers(`x${A}y${B}z`)).toBe('xyz');
    expect(withoutMarkers(null)).toBeNull();
  });
});
