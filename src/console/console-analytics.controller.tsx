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
import { AnalyticsReports, REPORT_TABLES, reportPeriod } from '../analytics/analytics-reports.js';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { spreadsheetCsv } from '../common/csv/spreadsheet-safe.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { AppConfig } from '../config/app-config.js';
import { CONSOLE_ANALYTICS_UI } from './console-analytics-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
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
  ) {}

  @Get()
  async page(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
  ) {
    const lang = req.staffUser!.language;
    const values = { from: text(from), to: text(to) };
    let errors: Record<string, string> = {};
    let period;
    try {
      period = reportPeriod(from, to);
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      errors = Object.fromEntries(error.errors.map((e) => [e.field, e.message]));
      period = reportPeriod(undefined, undefined);
    }
    const report = await this.reports.report(period);
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
        errors={errors}
        values={Object.keys(errors).length ? values : report.period}
      />,
    );
  }

  @Get(':table')
  async csv(
    @Res() res: Response,
    @Param('table') file: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
  ) {
    const table = REPORT_TABLES.find((t) => `${t}.csv` === file);
    if (!table) throw new NotFoundException();
    const report = await this.reports.report(reportPeriod(from, to));
    const { columns, rows } = this.reports.table(report, table);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${table}-${report.period.from}-${report.period.to}.csv"`,
    );
    res.send(spreadsheetCsv(columns, rows));
  }
}
