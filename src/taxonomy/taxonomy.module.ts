import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { AreaAdminService } from './area-admin.service.js';
import { Area } from './area.entity.js';
import { AdminAreasController, PublicAreasController } from './taxonomy.controller.js';
import { TaxonomyService } from './taxonomy.service.js';

/** The two-level area tree: public reads, the office's changes, the default tree. */
@Module({
  imports: [TypeOrmModule.forFeature([Area]), TechnologyDataModule],
  controllers: [PublicAreasController, AdminAreasController],
  providers: [TaxonomyService, AreaAdminService],
  exports: [TaxonomyService, AreaAdminService],
})
export class TaxonomyModule {}
