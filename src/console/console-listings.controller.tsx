import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { AdminTechnologyQueryDto } from '../technologies/technology.dto.js';
import { CONSOLE_UI } from './console-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { ConsolePages } from './console-pages.js';
import { ConsoleListingsPage } from './views/console-listings-page.js';

export const CONSOLE_LISTINGS_PER_PAGE = 25;
const KNOWN = ['status', 'q', 'area', 'sort', 'page'];

/** The office's listings in every status: filter, sort and page through them. */
@ApiExcludeController()
@Controller('console/listings')
@UseFilters(ConsoleErrorFilter)
export class ConsoleListingsController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly technologies: TechnologiesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  @Roles('admin', 'curator')
  async list(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query() raw: Record<string, unknown>,
  ) {
    const lang = req.staffUser!.language;
    // The API's own rules; empty form fields (an unset select) mean "any".
    const query = plainToInstance(AdminTechnologyQueryDto, {
      ...Object.fromEntries(
        Object.entries(raw).filter(([key, value]) => KNOWN.includes(key) && value !== ''),
      ),
      perPage: CONSOLE_LISTINGS_PER_PAGE,
    });
    const errors = await validate(query, { whitelist: true, forbidUnknownValues: true });
    if (errors.length > 0) throw ValidationFailedError.fromClassValidator(errors);
    const [page, areas] = await Promise.all([
      this.technologies.list(query),
      this.taxonomy.tree('any'),
    ]);
    this.pages.send(
      res,
      lang,
      200,
      CONSOLE_UI[lang].listings.title,
      '/console/listings',
      <ConsoleListingsPage lang={lang} query={query} page={page} areas={areas} />,
    );
  }
}
