import { Module } from '@nestjs/common';
import { CatalogSync } from './catalog-sync.js';
import { ChangeFeed } from './change-feed.js';
import { ChangesController } from './changes.controller.js';

@Module({
  controllers: [ChangesController],
  providers: [ChangeFeed, CatalogSync],
  exports: [ChangeFeed, CatalogSync],
})
export class ChangesModule {}
