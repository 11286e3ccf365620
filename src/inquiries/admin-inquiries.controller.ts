import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../accounts/api-keys.service.js';
import { CurrentPrincipal } from '../accounts/current-principal.decorator.js';
import { Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { noStore } from '../common/http/cache-control.js';
import { expectedVersion, IF_MATCH_HEADER, withVersionEtag } from '../common/http/if-match.js';
import {
  AdminInquiryDto,
  AdminInquiryPageDto,
  AdminInquiryQueryDto,
  InquiryAssignDto,
  InquiryExportQueryDto,
  InquiryStatsDto,
  InquiryStatsQueryDto,
  InquiryTextDto,
  InquiryTransitionDto,
} from './admin-inquiry.dto.js';
import { InquiryDeskService } from './inquiry-desk.service.js';
import { InquiryReportsService } from './inquiry-reports.service.js';

const REFERENCE_PARAM = { name: 'reference', example: 'INQ-2026-000042' };

/** The office's inquiry desk: curators and admins. Responses hold personal data: no caching. */
@ApiTags('admin: inquiries')
@Controller('api/v1/admin/inquiries')
@Roles('admin', 'curator')
export class AdminInquiriesController {
  constructor(
    private readonly desk: InquiryDeskService,
    private readonly reports: InquiryReportsService,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listInquiries',
    summary: 'List inquiries with filters (status, listing, assignee, dates, words)',
  })
  @ApiOkResponse({ type: AdminInquiryPageDto })
  @ApiKeyAuth()
  list(
    @Query() query: AdminInquiryQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminInquiryPageDto> {
    noStore(res);
    return this.desk.list(query);
  }

  @Get('stats')
  @ApiOperation({
    operationId: 'getInquiryStats',
    summary: 'Counts per state, the funnel, median time to first response, counts per listing',
  })
  @ApiOkResponse({ type: InquiryStatsDto })
  @ApiKeyAuth()
  stats(@Query() query: InquiryStatsQueryDto): Promise<InquiryStatsDto> {
    return this.reports.stats(query);
  }

  @Get('export')
  @ApiOperation({
    operationId: 'exportInquiries',
    summary: 'CSV of the inquiries created in a date range (UTF-8 with BOM, for Excel)',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv; one row per inquiry', schema: { type: 'string' } })
  @ApiKeyAuth()
  async export(@Query() query: InquiryExportQueryDto, @Res() res: Response): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="inquiries-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv"`,
    );
    noStore(res);
    await this.reports.exportCsv(query.from, query.to, res);
  }

  @Get(':reference')
  @ApiOperation({ operationId: 'getInquiry', summary: 'One inquiry with its full history' })
  @ApiParam(REFERENCE_PARAM)
  @ApiOkResponse({ type: AdminInquiryDto })
  @ApiKeyAuth(404)
  async get(
    @Param('reference') reference: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminInquiryDto> {
    return send(res, await this.desk.detail(reference, principal));
  }

  @Post(':reference/transitions')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'transitionInquiry',
    summary: 'Move an inquiry to its next state, or decline it (the partner is told)',
  })
  @ApiParam(REFERENCE_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminInquiryDto })
  @ApiKeyAuth(404, 409)
  async transition(
    @Param('reference') reference: string,
    @Body() body: InquiryTransitionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminInquiryDto> {
    const version = expectedVersion(ifMatch, body.version);
    return send(res, await this.desk.transition(reference, body, version, principal));
  }

  @Patch(':reference')
  @ApiOperation({ operationId: 'assignInquiry', summary: 'Set or clear the assignee' })
  @ApiParam(REFERENCE_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminInquiryDto })
  @ApiKeyAuth(404, 409)
  async assign(
    @Param('reference') reference: string,
    @Body() body: InquiryAssignDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminInquiryDto> {
    const version = expectedVersion(ifMatch, body.version);
    return send(res, await this.desk.assign(reference, body, version, principal));
  }

  @Post(':reference/notes')
  @ApiOperation({
    operationId: 'addInquiryNote',
    summary: 'Add an internal note (never shown to the partner)',
  })
  @ApiParam(REFERENCE_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiCreatedResponse({ type: AdminInquiryDto })
  @ApiKeyAuth(404, 409)
  async addNote(
    @Param('reference') reference: string,
    @Body() body: InquiryTextDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminInquiryDto> {
    const version = expectedVersion(ifMatch, body.version);
    return send(res, await this.desk.addNote(reference, body, version, principal));
  }

  @Post(':reference/messages')
  @ApiOperation({
    operationId: 'addInquiryMessage',
    summary: 'Write to the partner (shown on their status page and e-mailed)',
  })
  @ApiParam(REFERENCE_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiCreatedResponse({ type: AdminInquiryDto })
  @ApiKeyAuth(404, 409)
  async addMessage(
    @Param('reference') reference: string,
    @Body() body: InquiryTextDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminInquiryDto> {
    const version = expectedVersion(ifMatch, body.version);
    return send(res, await this.desk.addMessage(reference, body, version, principal));
  }
}

function send(res: Response, inquiry: AdminInquiryDto): AdminInquiryDto {
  noStore(res); // partners' personal data: never kept by a cache
  return withVersionEtag(res, inquiry);
}
