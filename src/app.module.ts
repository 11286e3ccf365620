import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module.js';
import { ChangesModule } from './changes/changes.module.js';
import { ConsoleModule } from './console/console.module.js';
import { AuthGuard } from './accounts/auth.guard.js';
import { useProblemCatalog } from './common/errors/problem-catalog.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { ACCOUNT_PROBLEMS } from './accounts/account-error-codes.js';
import { AREA_PROBLEMS } from './taxonomy/area-error-codes.js';
import { IMPORT_PROBLEMS } from './imports/import-error-codes.js';
import { INQUIRY_PROBLEMS } from './inquiries/inquiry-error-codes.js';
import { PATENT_PROBLEMS } from './patents/patent-error-codes.js';
import { SEARCH_PROBLEMS } from './search/search-error-codes.js';
import { SHOWCASE_PROBLEMS } from './showcases/showcase-error-codes.js';
import { ShowcasesModule } from './showcases/showcases.module.js';
import { ALERT_PROBLEMS } from './alerts/alert-error-codes.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { TECHNOLOGY_PROBLEMS } from './technologies/technology-error-codes.js';
import { ApiRateLimitGuard } from './accounts/api-rate-limit.guard.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { jsonBodyParser } from './common/http/json-body.middleware.js';
import { pinoHttpOptions } from './common/http/logging.js';
import { InputHygieneGuard } from './common/validation/input-hygiene.guard.js';
import { UnknownQueryInterceptor } from './common/validation/unknown-query.interceptor.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import { AppConfig } from './config/app-config.js';
import { AppConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { closeConnectionsOnQueryTimeout } from './database/query-timeouts.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { InquiriesModule } from './inquiries/inquiries.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { PatentsModule } from './patents/patents.module.js';
import { SEARCH_ONLY_PARAMS } from './search/search-query.dto.js';
import { SearchModule } from './search/search.module.js';
import { TaxonomyModule } from './taxonomy/taxonomy.module.js';
import { TechnologiesModule } from './technologies/technologies.module.js';
import { WebModule } from './web/web.module.js';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    useProblemCatalog(
      ACCOUNT_PROBLEMS,
      ALERT_PROBLEMS,
      AREA_PROBLEMS,
      IMPORT_PROBLEMS,
      INQUIRY_PROBLEMS,
      PATENT_PROBLEMS,
      SEARCH_PROBLEMS,
      SHOWCASE_PROBLEMS,
      TECHNOLOGY_PROBLEMS,
    );
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => ({
            pinoHttp: pinoHttpOptions(c.logLevel, [...SEARCH_ONLY_PARAMS, 'updatedSince']),
          }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => dataSourceOptions(c.databaseUrl, c.database),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            closeConnectionsOnQueryTimeout(dataSource);
            return dataSource;
          },
        }),
        OutboxModule,
        NotificationsModule,
        RateLimitModule,
        ChangesModule,
        SearchModule,
        AccountsModule,
        TaxonomyModule,
        TechnologiesModule,
        PatentsModule,
        InquiriesModule,
        ImportsModule,
        ShowcasesModule,
        AlertsModule,
        HealthModule,
        DemoModule,
        ConsoleModule,
        WebModule, // last: its /ko/… and /en/… catch-all must not shadow other routes
      ],
      providers: [
        { provide: APP_GUARD, useClass: InputHygieneGuard }, // first: nothing reads input before it
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: ApiRateLimitGuard }, // after: needs the principal
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: UnknownQueryInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    // After the request logger (LoggerModule's middleware), so parse errors carry a request id.
    consumer.apply(jsonBodyParser()).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
