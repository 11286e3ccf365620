import { Module } from '@nestjs/common';
import { ConsoleScript, PageRenderer, Stylesheet } from './page-renderer.js';
import { WebErrorFilter } from './web-error.filter.js';

/** Pages for people: the layout, the stylesheet and HTML error pages, for the catalog and the console. */
@Module({
  providers: [
    { provide: Stylesheet, useFactory: () => new Stylesheet() },
    { provide: ConsoleScript, useFactory: () => new ConsoleScript() },
    PageRenderer,
    WebErrorFilter,
  ],
  exports: [Stylesheet, ConsoleScript, PageRenderer, WebErrorFilter],
})
export class PageRenderingModule {}
