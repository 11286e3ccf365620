import { Module } from '@nestjs/common';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { AdminShowcasesController } from './admin-showcases.controller.js';
import { PdfRenderer } from './pdf-renderer.js';
import { QrCodeRenderer } from './qr-code-renderer.js';
import { ShowcaseRepository } from './showcase.repository.js';
import { ShowcasesService } from './showcases.service.js';

/**
 * Showcases: curated sets of published listings for an event, their admin API, the one-pager
 * and booklet PDFs, QR codes, and the counters that say what came of them. The public pages
 * are rendered by the web module, the console's by the console module.
 */
@Module({
  imports: [TechnologyDataModule, InquiriesModule],
  controllers: [AdminShowcasesController],
  providers: [ShowcaseRepository, ShowcasesService, PdfRenderer, QrCodeRenderer],
  exports: [ShowcasesService, PdfRenderer, QrCodeRenderer],
})
export class ShowcasesModule {}
