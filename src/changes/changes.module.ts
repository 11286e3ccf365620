import { Global, Module } from '@nestjs/common';
import { CatalogSync } from './catalog-sync.service.js';
import { ChangeFeed } from './change-feed.service.js';
import { ChangesController } from './changes.controller.js';

@Global()
@Module({
  controllers: [ChangesController],
  providers: [ChangeFeed, CatalogSync],
  exports: [ChangeFeed, CatalogSync],
})
export class ChangesModule {}
