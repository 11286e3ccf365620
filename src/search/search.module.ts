import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { createMeiliClient, MEILI_CLIENT } from './meili.client.js';
import { SearchIndexSync } from './search-index-sync.js';
import { SearchController } from './search.controller.js';
import { SearchRepository } from './search.repository.js';
import { SearchService } from './search.service.js';

@Global()
@Module({
  controllers: [SearchController],
  providers: [
    {
      provide: MEILI_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createMeiliClient(config.meili),
    },
    SearchRepository,
    SearchIndexSync,
    SearchService,
  ],
  exports: [MEILI_CLIENT, SearchRepository],
})
export class SearchModule {}
