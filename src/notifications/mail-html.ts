import { escapeHtml } from '../common/html/escape-html.js';

/** HTML that is already safe (built by `html`); anything else interpolated gets escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type HtmlValue = string | number | SafeHtml | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A tagged template for mail HTML: every interpolated value is escaped unless it is SafeHtml
 * (the result of another `html` template), so text typed by a partner can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Plain text typed by a person, as HTML: escaped, line breaks kept. */
export function textBlock(text: string): SafeHtml {
  return html`<div style="white-space:pre-wrap;border-left:3px solid #ccc;padding-left:12px">
    ${text}
  </div>`;
}

/** The frame every mail uses: one column, system fonts, no images or remote content. */
export function mailLayout(lang: string, title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body
        style="font-family:system-ui,-apple-system,'Malgun Gothic',sans-serif;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px"
      >
        ${body}
      </body>
    </html> `.value;
}
