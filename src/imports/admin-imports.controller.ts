import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { BooleanParam } from '../common/validation/string-transforms.js';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Response } from 'express';
import type { Principal } from '../accounts/api-keys.service.js';
import { CurrentPrincipal } from '../accounts/current-principal.decorator.js';
import { Roles } from '../accounts/roles.decorator.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { IMPORT_JOB_STATUSES, type ImportJob } from './import-job.entity.js';
import { ImportJobs } from './import-jobs.js';

/** Largest upload: about 30,000 listings with patents as CSV. */
export const IMPORT_FILE_LIMIT_BYTES = 50 * 1024 * 1024;

class ImportUploadDto {
  // Documented only: multer takes the file out of the body (see @UploadedFile).
  @ApiProperty({ type: 'string', format: 'binary', description: '.csv or .json (UTF-8)' })
  file?: unknown;

  @ApiPropertyOptional({ description: 'Publish every imported listing', default: false })
  @IsOptional()
  @BooleanParam()
  @IsBoolean()
  publish?: boolean;

  @ApiPropertyOptional({ description: 'Check and count only; write nothing', default: false })
  @IsOptional()
  @BooleanParam()
  @IsBoolean()
  dryRun?: boolean;
}

export class ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES }) status!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['csv', 'json'] }) format!: string;
  @ApiProperty() publish!: boolean;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'Rows in the file' }) totalRows!: number;
  @ApiProperty({ description: 'Rows done so far' }) processedRows!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ description: 'Listings this import published' }) published!: number;
  @ApiProperty({ description: 'Rows not imported because of errors' }) failedRows!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why the whole job failed' })
  failure!: string | null;
  @ApiProperty({ description: 'Where the per-row errors are, as CSV' }) errorsUrl!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}

class ImportJobPageDto {
  @ApiProperty({ type: [ImportJobDto] }) items!: ImportJobDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toDto(job: ImportJob): ImportJobDto {
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    format: job.format,
    publish: job.publish,
    dryRun: job.dryRun,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    published: job.published,
    failedRows: job.failedRows,
    failure: job.failure,
    errorsUrl: `/api/v1/admin/imports/${job.id}/errors`,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
  };
}

/** What multer hands over for the uploaded file (memory storage). */
interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
}

const JOB_ID = { name: 'id', description: 'Import job id', format: 'uuid' };

@ApiTags('admin: imports')
@Controller('api/v1/admin/imports')
@Roles('admin', 'curator')
export class AdminImportsController {
  constructor(private readonly jobs: ImportJobs) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: IMPORT_FILE_LIMIT_BYTES, files: 1, fields: 10 },
    }),
  )
  @ApiOperation({
    operationId: 'startImport',
    summary: 'Upload a CSV or JSON file of listings; it is imported as a background job',
    description:
      'Idempotent by referenceCode: rows that match their listing change nothing, changed rows update it, new ones are created. Poll the job for progress; rows with errors are listed at errorsUrl. See the README for the columns.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  @ApiAcceptedResponse({ type: ImportJobDto })
  @ApiKeyAuth(413, 415, 422)
  async start(
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body() body: ImportUploadDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportJobDto> {
    if (!file) {
      throw new ValidationFailedError([
        { field: 'file', message: 'send the file as the multipart field "file"' },
      ]);
    }
    const job = await this.jobs.submit({
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'), // multer reads names as latin1
      content: file.buffer,
      publish: body.publish ?? false,
      dryRun: body.dryRun ?? false,
      createdByKeyId: principal.keyId,
    });
    res.setHeader('Location', `/api/v1/admin/imports/${job.id}`);
    return toDto(job);
  }

  @Get()
  @ApiOperation({ operationId: 'listImports', summary: 'Import jobs, newest first' })
  @ApiOkResponse({ type: ImportJobPageDto })
  @ApiKeyAuth()
  async list(@Query() query: PageQueryDto): Promise<ImportJobPageDto> {
    const page = await this.jobs.list(query.page, query.perPage);
    return { ...page, items: page.items.map(toDto) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getImport', summary: 'An import job with its progress' })
  @ApiParam(JOB_ID)
  @ApiOkResponse({ type: ImportJobDto })
  @ApiKeyAuth(404)
  async get(@Param('id') id: string): Promise<ImportJobDto> {
    return toDto(await this.jobs.find(id));
  }

  @Post(':id/apply')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'applyImport',
    summary: 'Import for real the file a finished dry run checked (once): a new job',
  })
  @ApiParam(JOB_ID)
  @ApiAcceptedResponse({ type: ImportJobDto })
  @ApiKeyAuth(404, 409)
  async apply(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportJobDto> {
    const job = await this.jobs.applyDryRun(id, principal.keyId);
    res.setHeader('Location', `/api/v1/admin/imports/${job.id}`);
    return toDto(job);
  }

  @Get(':id/errors')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    operationId: 'getImportErrors',
    summary: 'The rows that did not go in: row, referenceCode, field, message (CSV)',
  })
  @ApiParam(JOB_ID)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 CSV with a BOM', schema: { type: 'string' } })
  @ApiKeyAuth(404)
  async errors(
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    res.setHeader('Content-Disposition', `attachment; filename="import-${id}-errors.csv"`);
    return this.jobs.errorsCsv(id);
  }
}
