import { Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ImportErrorCode } from '../imports/import-error-codes.js';
import { ImportJobs } from '../imports/import-jobs.js';
import { CONSOLE_ADMIN_UI } from './console-admin-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { ConsolePages } from './console-pages.js';
import { pageNumber } from './console-people.controller.js';
import { ImportJobPage, ImportsPage, type UploadForm } from './views/imports-page.js';

const JOBS_PER_PAGE = 20;
/** How often a running job's page reloads itself. */
const REFRESH_SECONDS = 2;
const UPLOAD_REFUSALS: string[] = [ImportErrorCode.UnsupportedFile, ImportErrorCode.UnreadableFile];

/** The parsed multipart form (ImportUploadMiddleware ran multer before the guard). */
type UploadRequest = Omit<AuthenticatedRequest, 'body'> & {
  file?: { originalname: string; buffer: Buffer };
  body: Record<string, unknown>;
};

/**
 * Imports in the browser: upload (a dry run by default), the job's page refreshing itself
 * while it runs, its counts and errors file, then "apply" to import a checked file for real.
 * Jobs are the API's ImportJobs; nothing here imports rows itself.
 */
@ApiExcludeController()
@Controller('console/imports')
@UseFilters(ConsoleErrorFilter)
@Roles('admin', 'curator')
export class ConsoleImportsController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly jobs: ImportJobs,
  ) {}

  @Get()
  async list(@Req() req: AuthenticatedRequest, @Res() res: Response, @Query('page') page: unknown) {
    await this.renderList(req, res, 200, pageNumber(page));
  }

  @Post()
  async upload(@Req() req: UploadRequest, @Res() res: Response) {
    const form: UploadForm = {
      dryRun: req.body.dryRun === 'yes',
      publish: req.body.publish === 'yes',
      errors: {},
    };
    if (!req.file || req.file.buffer.length === 0) {
      form.errors.file = CONSOLE_ADMIN_UI[req.staffUser!.language].imports.chooseFile;
      return this.renderList(req, res, 422, 1, form);
    }
    try {
      const job = await this.jobs.submit({
        fileName: Buffer.from(req.file.originalname, 'latin1').toString('utf8'), // multer reads latin1
        content: req.file.buffer,
        publish: form.publish,
        dryRun: form.dryRun,
        createdByKeyId: null,
      });
      res.redirect(303, `/console/imports/${job.id}`);
    } catch (error) {
      if (!(error instanceof DomainError && UPLOAD_REFUSALS.includes(error.code))) throw error;
      form.errors.file = error.message;
      const status = error.code === (ImportErrorCode.UnsupportedFile as string) ? 415 : 422;
      await this.renderList(req, res, status, 1, form);
    }
  }

  @Get(':id')
  async job(@Req() req: AuthenticatedRequest, @Res() res: Response, @Param('id') id: string) {
    const lang = req.staffUser!.language;
    const job = await this.jobs.find(id);
    const running = job.status === 'queued' || job.status === 'running';
    this.pages.send(
      res,
      lang,
      200,
      CONSOLE_ADMIN_UI[lang].imports.jobTitle(job.fileName),
      `/console/imports/${job.id}`,
      <ImportJobPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        job={job}
        canApply={await this.jobs.canApply(job)}
        refreshing={running}
      />,
      { refreshSeconds: running ? REFRESH_SECONDS : undefined },
    );
  }

  /** A finished dry run, imported for real (once). */
  @Post(':id/apply')
  async apply(@Req() req: AuthenticatedRequest, @Res() res: Response, @Param('id') id: string) {
    const job = await this.jobs.applyDryRun(id, null);
    res.redirect(303, `/console/imports/${job.id}`);
  }

  @Get(':id/errors')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async errors(@Res() res: Response, @Param('id') id: string) {
    const csv = await this.jobs.errorsCsv(id);
    res.setHeader('Content-Disposition', `attachment; filename="import-${id}-errors.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(csv);
  }

  private async renderList(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    page: number,
    form?: UploadForm,
  ) {
    const lang = req.staffUser!.language;
    const jobs = await this.jobs.list(page, JOBS_PER_PAGE);
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_ADMIN_UI[lang].imports.title,
      '/console/imports',
      <ImportsPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        jobs={jobs}
        form={form ?? { dryRun: true, publish: false, errors: {} }}
      />,
    );
  }
}
