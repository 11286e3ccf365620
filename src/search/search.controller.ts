import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CatalogSyncPageDto } from '../changes/change-feed.dto.js';
import { CatalogSync } from '../changes/catalog-sync.service.js';
import { Public } from '../common/auth/roles.decorator.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { SearchQueryDto, SearchResultDto } from './search-query.dto.js';
import { SearchService } from './search.service.js';

@ApiTags('technologies')
@Controller('api/v1/technologies')
@ApiExtraModels(SearchResultDto, CatalogSyncPageDto)
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly sync: CatalogSync,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'searchTechnologies',
    summary: 'Search published listings (Korean or English) with filters and facets',
    description:
      'With `updatedSince` or `cursor` it is a bulk read for sync instead (from Postgres): whole listings in change order. Answers carry a weak ETag of the body and Last-Modified (the last change to the published catalog); If-None-Match / If-Modified-Since give 304.',
  })
  @ApiOkResponse({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(SearchResultDto) },
        { $ref: getSchemaPath(CatalogSyncPageDto) },
      ],
    },
  })
  @ApiProblems(400, 401, 429, 503)
  async find(
    @Query() query: SearchQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SearchResultDto | CatalogSyncPageDto> {
    if (CatalogSync.isSyncRequest(query)) return this.sync.page(query);
    const { result, lastModified } = await this.search.findWithFreshness(query);
    if (lastModified) res.setHeader('Last-Modified', lastModified.toUTCString());
    return result;
  }
}
