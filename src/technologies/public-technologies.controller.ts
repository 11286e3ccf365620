import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AnalyticsRecorder } from '../analytics/analytics-recorder.js';
import { Public } from '../accounts/roles.decorator.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { versionEtag } from '../common/http/if-match.js';
import { TechnologiesService } from './technologies.service.js';
import { TechnologyDto } from './technology.dto.js';
import { toPublicTechnology } from './technology.mapper.js';

@ApiTags('technologies')
@Controller('api/v1/technologies')
export class PublicTechnologiesController {
  constructor(
    private readonly technologies: TechnologiesService,
    private readonly analytics: AnalyticsRecorder,
  ) {}

  @Get(':idOrSlug')
  @Public()
  @ApiOperation({
    operationId: 'getTechnology',
    summary: 'One published listing with its patents',
    description:
      'ETag is the version; Last-Modified its last change. If-None-Match / If-Modified-Since give 304.',
  })
  @ApiParam({
    name: 'idOrSlug',
    description: 'Listing id (UUID) or slug',
    example: 'lung-cancer-ldct-screening-ai',
  })
  @ApiOkResponse({ type: TechnologyDto })
  @ApiProblems(400, 401, 404, 429)
  async get(
    @Param('idOrSlug') idOrSlug: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TechnologyDto> {
    const technology = await this.technologies.findPublished(idOrSlug);
    this.analytics.record(req, {
      kind: 'view',
      channel: 'api',
      lang: null,
      query: null,
      filters: {},
      resultCount: null,
      page: null,
      technologyId: technology.id,
      position: null,
    });
    // Express answers 304 itself when If-None-Match / If-Modified-Since match these.
    res.setHeader('ETag', versionEtag(technology.version));
    res.setHeader('Last-Modified', technology.updatedAt.toUTCString());
    return toPublicTechnology(technology);
  }
}
