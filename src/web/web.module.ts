import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { SearchModule } from '../search/search.module.js';
import { ShowcasesModule } from '../showcases/showcases.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { TechnologiesModule } from '../technologies/technologies.module.js';
import { PageRenderingModule } from './page-rendering.module.js';
import { LANGS } from './web-i18n.js';
import { WebAssetsController } from './web-assets.controller.js';
import { WebCatalog } from './web-catalog.js';
import { WebFormBodyMiddleware } from './web-form-body.middleware.js';
import { WebInquiriesController } from './web-inquiries.controller.js';
import { WebPagesController } from './web-pages.controller.js';
import { WebShowcasesController } from './web-showcases.controller.js';
import { WebFeedsController } from './web-feeds.controller.js';
import { WebAlertsController } from './web-alerts.controller.js';

/**
 * The public web catalog: server-rendered pages in Korean and English over the same services as
 * the API (search, listings, inquiries), plus robots.txt, the sitemap and the stylesheet.
 */
@Module({
  imports: [
    TaxonomyModule,
    TechnologiesModule,
    TechnologyDataModule,
    InquiriesModule,
    SearchModule,
    ShowcasesModule,
    AnalyticsModule,
    AlertsModule,
    RateLimitModule,
    PageRenderingModule,
  ],
  // Before the pages: their routes sit under the pages' /{lang}/… catch-all.
  controllers: [
    WebAssetsController,
    WebInquiriesController,
    WebShowcasesController,
    WebFeedsController,
    WebAlertsController,
    WebPagesController,
  ],
  providers: [WebCatalog],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(WebFormBodyMiddleware).forRoutes(WebInquiriesController);
    // RFC 8058's one-click POST comes from mail providers' servers: its token is the authority,
    // and its body (List-Unsubscribe=One-Click) is not read. Every other alert form is checked.
    consumer
      .apply(WebFormBodyMiddleware)
      .exclude(
        ...LANGS.map((l) => ({ path: `${l}/alerts/unsubscribe`, method: RequestMethod.POST })),
      )
      .forRoutes(WebAlertsController);
  }
}
