import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { CONSOLE_UI } from './console-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { ConsolePages } from './console-pages.js';
import { pageNumber } from './console-people.controller.js';
import { ListingHistoryPage } from './views/listing-history-page.js';

const ENTRIES_PER_PAGE = 50;

/** A listing's history: every change through the one write path, who made it, which fields. */
@ApiExcludeController()
@Controller('console/listings')
@UseFilters(ConsoleErrorFilter)
@Roles('admin', 'curator')
export class ConsoleListingHistoryController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly technologies: TechnologiesService,
  ) {}

  @Get(':id/history')
  async history(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('page') page: unknown,
  ) {
    const lang = req.staffUser!.language;
    const technology = await this.technologies.findById(id);
    const history = await this.technologies.history(id, pageNumber(page), ENTRIES_PER_PAGE);
    const title =
      (lang === 'ko' ? technology.titleKo : technology.titleEn) ?? technology.referenceCode;
    this.pages.send(
      res,
      lang,
      200,
      `${CONSOLE_UI[lang].editor.history.title}: ${title}`,
      `/console/listings/${id}/history`,
      <ListingHistoryPage lang={lang} technology={technology} title={title} history={history} />,
    );
  }
}
