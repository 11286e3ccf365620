import { Module } from '@nestjs/common';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { CatalogSync } from './catalog-sync.js';
import { ChangeFeed } from './change-feed.js';
import { ChangesController } from './changes.controller.js';

@Module({
  imports: [TechnologyDataModule],
  controllers: [ChangesController],
  providers: [ChangeFeed, CatalogSync],
  exports: [ChangeFeed, CatalogSync],
})
export class ChangesModule {}
