import { AnalyticsModule } from '../analytics/analytics.module.js';
import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TechnologyDataModule } from './technology-data.module.js';
import { AdminTechnologiesController } from './admin-technologies.controller.js';
import { PublicTechnologiesController } from './public-technologies.controller.js';
import { TechnologiesService } from './technologies.service.js';

@Module({
  imports: [TaxonomyModule, TechnologyDataModule, AnalyticsModule],
  controllers: [AdminTechnologiesController, PublicTechnologiesController],
  providers: [TechnologiesService],
  exports: [TechnologiesService, TechnologyDataModule],
})
export class TechnologiesModule {}
