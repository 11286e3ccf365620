import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth, ApiProblems } from '../common/http/api-errors.decorator.js';
import { AreaTreeDto } from './area.dto.js';
import { TaxonomyService } from './taxonomy.service.js';

@ApiTags('areas')
@Controller('api/v1/areas')
export class PublicAreasController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listAreas',
    summary: 'The area tree with counts of published listings',
  })
  @ApiOkResponse({ type: AreaTreeDto })
  @ApiProblems(400, 401, 429)
  async list(): Promise<AreaTreeDto> {
    return { items: await this.taxonomy.tree('published') };
  }
}

@ApiTags('admin: areas')
@Controller('api/v1/admin/areas')
@Roles('admin', 'curator')
export class AdminAreasController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @ApiOperation({
    operationId: 'listAreasAdmin',
    summary: 'The area tree with counts of all listings, drafts included',
  })
  @ApiOkResponse({ type: AreaTreeDto })
  @ApiKeyAuth()
  async list(): Promise<AreaTreeDto> {
    return { items: await this.taxonomy.tree('any') };
  }
}
