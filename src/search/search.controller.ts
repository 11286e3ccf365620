import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  AnalyticsRecorder,
  normalizeQuery,
  searchFilters,
} from '../analytics/analytics-recorder.js';
import { CatalogSyncPageDto } from '../changes/change-feed.dto.js';
import { CatalogSync } from './catalog-sync.js';
import { Public } from '../accounts/roles.decorator.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { SEARCH_ONLY_PARAMS, SearchQueryDto, SearchResultDto } from './search-query.dto.js';
import { SearchService } from './search.service.js';

@ApiTags('technologies')
@Controller('api/v1/technologies')
@ApiExtraModels(SearchResultDto, CatalogSyncPageDto)
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly sync: CatalogSync,
    private readonly analytics: AnalyticsRecorder,
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
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SearchResultDto | CatalogSyncPageDto> {
    if (query.updatedSince !== undefined || query.cursor !== undefined) {
      assertSyncOnly(query);
      return this.sync.page(query);
    }
    const { result, lastModified } = await this.search.findWithFreshness(query);
    if (lastModified) res.setHeader('Last-Modified', lastModified.toUTCString());
    this.analytics.record(req, {
      kind: 'search',
      channel: 'api',
      lang: query.lang ?? null,
      query: normalizeQuery(query.q),
      filters: searchFilters(query),
      resultCount: result.total,
      page: query.page,
      technologyId: null,
      position: null,
    });
    return result;
  }
}

/** Sync mode (updatedSince/cursor) reads whole listings in change order: no search parameters. */
function assertSyncOnly(query: SearchQueryDto): void {
  const mixed: string[] = SEARCH_ONLY_PARAMS.filter((p) => query[p] !== undefined);
  if (query.page !== 1) mixed.push('page');
  if (query.sort !== 'relevance') mixed.push('sort');
  if (mixed.length) {
    throw new ValidationFailedError(
      mixed.map((field) => ({
        field,
        message: 'cannot be combined with updatedSince/cursor (sync mode)',
      })),
    );
  }
}
