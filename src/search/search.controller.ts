import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { SearchQueryDto, SearchResultDto } from './search-query.dto.js';
import { SearchService } from './search.service.js';

@ApiTags('technologies')
@Controller('api/v1/technologies')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'searchTechnologies',
    summary: 'Search published listings (Korean or English) with filters and facets',
  })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiProblems(400, 503)
  find(@Query() query: SearchQueryDto): Promise<SearchResultDto> {
    return this.search.find(query);
  }
}
