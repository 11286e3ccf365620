import { AnalyticsModule } from '../analytics/analytics.module.js';
import { vocabulary } from './index-settings.js';
import { QueryPlanner } from './query-plan.js';
import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { AppConfig } from '../config/app-config.js';
import { createMeiliClient, MEILI_CLIENT } from './meili-client-factory.js';
import { AdminSearchController } from './admin-search.controller.js';
import { MeiliClients } from './meili-clients.js';
import { MeiliSearchTransport } from './meili-search-transport.js';
import { SearchResultCache } from './search-result-cache.js';
import { SearchIndexSync } from './search-index-sync.js';
import { CatalogSync } from './catalog-sync.js';
import { SearchReconciler } from './search-reconciler.js';
import { SearchReindexer } from './search-reindexer.js';
import { SearchController } from './search.controller.js';
import { SearchRepository } from './search.repository.js';
import { SearchService } from './search.service.js';
import { LiveVocabulary } from './live-vocabulary.js';
import { VocabularyLabelRepository } from './vocabulary-label.repository.js';

/** Everything that talks to Meilisearch, and public search over it. */
@Module({
  imports: [OutboxModule, ChangesModule, TechnologyDataModule, AnalyticsModule],
  controllers: [SearchController, AdminSearchController],
  providers: [
    {
      provide: MEILI_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createMeiliClient(config.meili),
    },
    MeiliClients,
    MeiliSearchTransport,
    SearchRepository,
    SearchResultCache,
    SearchIndexSync,
    // The file's vocabulary; LiveVocabulary adds the office's labels once it has read them.
    { provide: QueryPlanner, useFactory: () => new QueryPlanner(vocabulary()) },
    VocabularyLabelRepository,
    LiveVocabulary,
    SearchService,
    SearchReindexer,
    SearchReconciler,
    CatalogSync,
  ],
  exports: [
    MEILI_CLIENT,
    MeiliClients,
    SearchRepository,
    SearchReindexer,
    SearchReconciler,
    SearchService,
    LiveVocabulary,
  ],
})
export class SearchModule {}
