import { Module } from '@nestjs/common';
import { AdminImportsController } from './admin-imports.controller.js';
import { CatalogImporter } from './catalog-importer.js';
import { ImportJobs } from './import-jobs.service.js';

/** Bulk import of listings from CSV/JSON: the importer, its CLI (import-command) and job API. */
@Module({
  controllers: [AdminImportsController],
  providers: [CatalogImporter, ImportJobs],
  exports: [CatalogImporter],
})
export class ImportsModule {}
