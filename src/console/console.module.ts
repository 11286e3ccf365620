import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { StaffSessionMiddleware } from '../accounts/staff-session.middleware.js';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { PageRenderingModule } from '../web/page-rendering.module.js';
import { WebFormBodyMiddleware } from '../web/web-form-body.middleware.js';
import { ConsoleAccountController } from './console-account.controller.js';
import { ConsoleDashboardRepository } from './console-dashboard.repository.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { ConsoleListingEditorController } from './console-listing-editor.controller.js';
import { ConsoleListingsController } from './console-listings.controller.js';
import { ConsoleInquiriesController } from './console-inquiries.controller.js';
import { ConsolePeopleController } from './console-people.controller.js';
import { ConsoleApiKeysController } from './console-api-keys.controller.js';
import { ConsoleAreasController } from './console-areas.controller.js';
import { ConsoleImportsController } from './console-imports.controller.js';
import { ConsoleListingHistoryController } from './console-listing-history.controller.js';
import { ConsoleShowcasesController } from './console-showcases.controller.js';
import { ConsoleAnalyticsController } from './console-analytics.controller.js';
import { ConsoleVocabularyController } from './console-vocabulary.controller.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { SearchModule } from '../search/search.module.js';
import { ShowcasesModule } from '../showcases/showcases.module.js';
import { ImportUploadMiddleware } from './import-upload.middleware.js';
import { ImportsModule } from '../imports/imports.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { ConsolePages } from './console-pages.js';
import { TechnologiesModule } from '../technologies/technologies.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { PatentsModule } from '../patents/patents.module.js';

// The editor before the list: its `new` route must not be read as a listing id. Every console
// controller gets the staff session and the form middleware (below): one list for both.
const CONTROLLERS = [
  ConsoleAccountController,
  ConsoleListingEditorController,
  ConsoleListingsController,
  ConsoleInquiriesController,
  ConsolePeopleController,
  ConsoleApiKeysController,
  ConsoleAreasController,
  ConsoleImportsController,
  ConsoleListingHistoryController,
  ConsoleShowcasesController,
  ConsoleAnalyticsController,
  ConsoleVocabularyController,
];

/**
 * The staff console under /console: sign-in, first-admin setup, invitations and password
 * resets, the dashboard, the listings list and the listing editor (with its patent family),
 * the inquiry board with each inquiry's page, the area tree, imports, showcases, analytics and
 * the office's search vocabulary labels, and (admins only)
 * people and API keys.
 */
@Module({
  imports: [
    AccountsModule,
    RateLimitModule,
    PageRenderingModule,
    TechnologiesModule,
    TaxonomyModule,
    PatentsModule,
    InquiriesModule,
    ImportsModule,
    ShowcasesModule,
    AnalyticsModule,
    SearchModule,
  ],
  controllers: CONTROLLERS,
  providers: [ConsoleErrorFilter, ConsoleDashboardRepository, ConsolePages],
})
export class ConsoleModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    // The session first, then the form (cross-site refusal, 415, size limits, parsing). The
    // import upload is the one multipart form: parsed by its own middleware, before the guard.
    const upload = { path: 'console/imports', method: RequestMethod.POST };
    consumer
      .apply(StaffSessionMiddleware, WebFormBodyMiddleware)
      .exclude(upload)
      .forRoutes(...CONTROLLERS);
    consumer.apply(StaffSessionMiddleware, ImportUploadMiddleware).forRoutes(upload);
  }
}
