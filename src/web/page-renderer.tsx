import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { AppConfig } from '../config/app-config.js';
import { projectRoot } from '../runtime/project-root.js';
import { Layout, type PageMeta } from './views/layout.js';
import type { Lang } from './web-i18n.js';

/** How a page may be cached: catalog pages by anyone (revalidated by ETag), private ones never. */
export type PageCaching = 'public' | 'private';

export interface PageOptions {
  lang: Lang;
  meta: PageMeta;
  status?: number;
  caching?: PageCaching;
  headerQuery?: string;
  hideHeaderSearch?: boolean;
  hideLanguageSwitch?: boolean;
  /** Load the console's script (signed-in staff pages). */
  consoleScript?: boolean;
}

/** A file of `public/`, read once; its URL carries a content hash so it can be cached a year. */
class HashedAsset {
  readonly body: string;
  readonly url: string;

  constructor(file: string, name: string, extension: string) {
    this.body = readFileSync(file, 'utf8');
    const hash = createHash('sha256').update(this.body).digest('hex').slice(0, 12);
    this.url = `/assets/${name}.${hash}.${extension}`;
  }
}

/** The one stylesheet of every page. */
export class Stylesheet extends HashedAsset {
  constructor(file = path.join(projectRoot(), 'public', 'catalog.css')) {
    super(file, 'catalog', 'css');
  }

  get css(): string {
    return this.body;
  }
}

/** The console's small progressive enhancements; every page works without it. */
export class ConsoleScript extends HashedAsset {
  constructor(file = path.join(projectRoot(), 'public', 'console.js')) {
    super(file, 'console', 'js');
  }
}

/** Renders a page into the layout and sends it with the right language and caching headers. */
@Injectable()
export class PageRenderer {
  constructor(
    private readonly config: AppConfig,
    readonly stylesheet: Stylesheet,
    private readonly consoleScript: ConsoleScript,
  ) {}

  html(options: PageOptions, body: VNode): string {
    return (
      '<!doctype html>' +
      renderToString(
        <Layout
          lang={options.lang}
          baseUrl={this.config.baseUrl}
          stylesheet={this.stylesheet.url}
          script={options.consoleScript ? this.consoleScript.url : undefined}
          meta={options.meta}
          headerQuery={options.headerQuery}
          hideHeaderSearch={options.hideHeaderSearch}
          hideLanguageSwitch={options.hideLanguageSwitch}
        >
          {body}
        </Layout>,
      )
    );
  }

  send(res: Response, options: PageOptions, body: VNode): void {
    const html = this.html(options, body);
    res.status(options.status ?? 200);
    res.setHeader('Content-Language', options.lang);
    if ((options.caching ?? 'public') === 'public' && (options.status ?? 200) === 200) {
      // Revalidate every time: Express answers 304 when the ETag of the body still matches.
      res.setHeader('Cache-Control', 'public, no-cache');
    } else {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Robots-Tag', 'noindex');
    }
    res.type('html').send(html);
  }
}
