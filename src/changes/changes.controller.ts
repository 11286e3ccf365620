import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { ChangeFeedPageDto, ChangeFeedQueryDto } from './change-feed.dto.js';
import { ChangeFeed } from './change-feed.js';

@ApiTags('integration')
@Controller('api/v1/changes')
@Roles('integrator', 'admin', 'curator')
export class ChangesController {
  constructor(private readonly feed: ChangeFeed) {}

  @Get()
  @ApiOperation({
    operationId: 'listChanges',
    summary: 'The change feed of the published catalog, in commit order, with a cursor',
    description:
      'Follow nextCursor from the start and apply each change (published/updated: fetch the listing; unpublished: drop it) to hold exactly the published catalog.',
  })
  @ApiOkResponse({ type: ChangeFeedPageDto })
  @ApiKeyAuth(429)
  async list(
    @Query() query: ChangeFeedQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChangeFeedPageDto> {
    res.setHeader('Cache-Control', 'no-cache');
    return this.feed.page(query.since, query.limit);
  }
}
