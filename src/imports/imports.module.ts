import { Module } from '@nestjs/common';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { AdminImportsController } from './admin-imports.controller.js';
import { CatalogImporter } from './catalog-importer.js';
import { ImportJobs } from './import-jobs.js';

/** Bulk import of listings from CSV/JSON: the importer, its CLI (import-command) and job API. */
@Module({
  imports: [TechnologyDataModule],
  controllers: [AdminImportsController],
  providers: [CatalogImporter, ImportJobs],
  exports: [CatalogImporter, ImportJobs],
})
export class ImportsModule {}
