import {
  Body,
  Controller,
  Delete,
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
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { expectedVersion, IF_MATCH_HEADER, withVersionEtag } from '../common/http/if-match.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import {
  AdminShowcaseDto,
  AdminShowcasePageDto,
  CreateShowcaseDto,
  ShowcaseLifecycleDto,
  ShowcaseReportDto,
  UpdateShowcaseDto,
} from './showcase.dto.js';
import { ShowcasesService } from './showcases.service.js';

const ID_PARAM = { name: 'id', format: 'uuid' };

/** Showcases for events: every change names the version it read (If-Match or `version`). */
@ApiTags('admin: showcases')
@Controller('api/v1/admin/showcases')
@Roles('admin', 'curator')
export class AdminShowcasesController {
  constructor(private readonly showcases: ShowcasesService) {}

  @Get()
  @ApiOperation({ operationId: 'listShowcases', summary: 'Showcases, most recently changed first' })
  @ApiOkResponse({ type: AdminShowcasePageDto })
  @ApiKeyAuth()
  list(@Query() query: PageQueryDto): Promise<AdminShowcasePageDto> {
    return this.showcases.list(query.page, query.perPage);
  }

  @Post()
  @ApiOperation({
    operationId: 'createShowcase',
    summary: 'Create a showcase (a draft) with its listings in order',
  })
  @ApiCreatedResponse({ type: AdminShowcaseDto })
  @ApiKeyAuth(409, 413, 422)
  async create(
    @Body() body: CreateShowcaseDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminShowcaseDto> {
    return withVersionEtag(res, await this.showcases.create(body));
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getShowcase', summary: 'One showcase, with its version as ETag' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: AdminShowcaseDto })
  @ApiKeyAuth(404)
  async get(
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminShowcaseDto> {
    return withVersionEtag(res, await this.showcases.get(id));
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateShowcase',
    summary: 'Change fields; `listings` replaces the whole ordered list (add, remove, reorder)',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminShowcaseDto })
  @ApiKeyAuth(404, 409, 413, 422)
  async update(
    @Param('id') id: string,
    @Body() body: UpdateShowcaseDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminShowcaseDto> {
    return withVersionEtag(
      res,
      await this.showcases.update(id, body, expectedVersion(ifMatch, body.version)),
    );
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'publishShowcase',
    summary: 'Publish: needs an introduction in both languages and a published listing',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminShowcaseDto })
  @ApiKeyAuth(404, 409, 422)
  async publish(
    @Param('id') id: string,
    @Body() body: ShowcaseLifecycleDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminShowcaseDto> {
    return withVersionEtag(
      res,
      await this.showcases.publish(id, expectedVersion(ifMatch, body.version)),
    );
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOperation({ operationId: 'unpublishShowcase', summary: 'Take the page offline (a draft)' })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminShowcaseDto })
  @ApiKeyAuth(404, 409)
  async unpublish(
    @Param('id') id: string,
    @Body() body: ShowcaseLifecycleDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminShowcaseDto> {
    return withVersionEtag(
      res,
      await this.showcases.unpublish(id, expectedVersion(ifMatch, body.version)),
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteShowcase', summary: 'Delete a showcase and its counters' })
  @ApiParam(ID_PARAM)
  @ApiHeader({ ...IF_MATCH_HEADER, required: true })
  @ApiNoContentResponse()
  @ApiKeyAuth(404, 409)
  async remove(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.showcases.remove(id, expectedVersion(ifMatch, undefined));
  }

  @Get(':id/report')
  @ApiOperation({
    operationId: 'getShowcaseReport',
    summary:
      'What came of a showcase: page views, PDF downloads, QR scans, listing views and inquiries (with where they stand), in total and per listing. Counts only, no personal data.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ShowcaseReportDto })
  @ApiKeyAuth(404)
  report(@Param('id') id: string): Promise<ShowcaseReportDto> {
    return this.showcases.report(id);
  }
}
