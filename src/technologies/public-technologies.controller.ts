import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { TechnologiesService } from './technologies.service.js';
import { TechnologyDto } from './technology.dto.js';
import { toPublicTechnology } from './technology.mapper.js';

@ApiTags('technologies')
@Controller('api/v1/technologies')
export class PublicTechnologiesController {
  constructor(private readonly technologies: TechnologiesService) {}

  @Get(':idOrSlug')
  @Public()
  @ApiOperation({ operationId: 'getTechnology', summary: 'One published listing with its patents' })
  @ApiParam({
    name: 'idOrSlug',
    description: 'Listing id (UUID) or slug',
    example: 'lung-cancer-ldct-screening-ai',
  })
  @ApiOkResponse({ type: TechnologyDto })
  @ApiProblems(400, 404)
  async get(@Param('idOrSlug') idOrSlug: string): Promise<TechnologyDto> {
    return toPublicTechnology(await this.technologies.findPublished(idOrSlug));
  }
}
