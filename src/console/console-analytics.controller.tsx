import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AnalyticsReports,
  REPORT_TABLES,
  reportPeriod,
  reportScope,
} from '../analytics/analytics-reports.js';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { spreadsheetCsv } from '../common/csv/spreadsheet-safe.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { AppConfig } from '../config/app-config.js';
import { CONSOLE_ANALYTICS_UI } from './console-analytics-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { ConsolePages } from './console-pages.js';
import { AnalyticsPage } from './views/analytics-page.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Search analytics for the office: what partners look for, and what they do not find. */
@ApiExcludeController()
@Controller('console/analytics')
@UseFilters(ConsoleErrorFilter)
@Roles('admin', 'curator')
export class ConsoleAnalyticsController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly reports: AnalyticsReports,
    private readonly config: AppConfig,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  async page(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('listing') listing: unknown,
    @Query('area') area: unknown,
  ) {
    const lang = req.staffUser!.language;
    const values = { from: text(from), to: text(to) };
    const errors: Record<string, string> = {};
    // Each bad field is shown beside it; the report falls back to its default for that field.
    const read = <T,>(parse: () => T, fallback: () => T): T => {
      try {
        return parse();
      } catch (error) {
        if (!(error instanceof ValidationFailedError)) throw error;
        for (const e of error.errors) errors[e.field] = e.message;
        return fallback();
      }
    };
    const period = read(
      () => reportPeriod(from, to),
      () => reportPeriod(undefined, undefined),
    );
    const scope = read(
      () => reportScope(listing, area),
      () => reportScope(undefined, undefined),
    );
    const [report, areas] = await Promise.all([
      this.reports.report(period, scope),
      this.taxonomy.tree('any'),
    ]);
    this.pages.send(
      res,
      lang,
      Object.keys(errors).length ? 422 : 200,
      CONSOLE_ANALYTICS_UI[lang].title,
      '/console/analytics',
      <AnalyticsPage
        lang={lang}
        report={report}
        retentionDays={this.config.analyticsRetentionDays}
        areas={areas}
        errors={errors}
        values={errors.from || errors.to ? values : report.period}
      />,
    );
  }

  @Get(':table')
  async csv(
    @Res() res: Response,
    @Param('table') file: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('listing') listing: unknown,
    @Query('area') area: unknown,
  ) {
    const table = REPORT_TABLES.find((t) => `${t}.csv` === file);
    if (!table) throw new NotFoundException();
    const report = await this.reports.report(reportPeriod(from, to), reportScope(listing, area));
    const { columns, rows } = this.reports.table(report, table);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${table}-${report.period.from}-${report.period.to}.csv"`,
    );
    res.send(spreadsheetCsv(columns, rows));
  }
}
