import { describe, it, expect } from '@jest/globals';
import { html, mailLayout, textBlock } from './mail-html.js';

describe('mail html', () => {
  it('escapes interpolated text, including attribute quotes', () => {
    const evil = `<script>alert("x")</script> & 'y'`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('nests templates without escaping them twice', () => {
    const inner = html`<b>${'a<b'}</b>`;
    expect(html`<p>${inner}${[html`<i>1</i>`, '<2>']}</p>`.value).toBe(
      '<p><b>a&lt;b</b><i>1</i>&lt;2&gt;</p>',
    );
  });

  it('keeps a typed message as text inside the layout', () => {
    const page = mailLayout(
      'ko',
      '문의 <접수>',
      textBlock('안녕하세요\n<img src=x onerror=alert(1)>'),
    );
    expect(page).toContain('<html lang="ko">');
    expect(page).toContain('<title>문의 &lt;접수&gt;</title>');
    expect(page).toContain('안녕하세요\n&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
  });
});
