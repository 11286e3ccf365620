import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth, ApiProblems } from '../common/http/api-errors.decorator.js';
import { expectedVersion, IF_MATCH_HEADER, withVersionEtag } from '../common/http/if-match.js';
import { AreaAdminService } from './area-admin.service.js';
import {
  AdminAreaDto,
  AdminAreaTreeDto,
  AreaTreeDto,
  CreateAreaDto,
  RetireAreaDto,
  UpdateAreaDto,
} from './area.dto.js';
import { TaxonomyService } from './taxonomy.service.js';

const CODE_PARAM = { name: 'code', example: 'medical-devices.implants' };

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

/** The office's area tree: every change is versioned (If-Match or `version`). */
@ApiTags('admin: areas')
@Controller('api/v1/admin/areas')
@Roles('admin', 'curator')
export class AdminAreasController {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly areas: AreaAdminService,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listAreasAdmin',
    summary: 'The area tree with counts of all listings, drafts and retired areas included',
  })
  @ApiOkResponse({ type: AdminAreaTreeDto })
  @ApiKeyAuth()
  async list(): Promise<AdminAreaTreeDto> {
    return { items: (await this.taxonomy.tree('any')) as AdminAreaTreeDto['items'] };
  }

  @Post()
  @ApiOperation({
    operationId: 'createArea',
    summary: 'Create a level-1 area, or a level-2 area under an active level-1 one',
  })
  @ApiCreatedResponse({ type: AdminAreaDto })
  @ApiKeyAuth(409, 413, 422)
  async create(
    @Body() body: CreateAreaDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminAreaDto> {
    return withVersionEtag(res, await this.areas.create(body));
  }

  @Get(':code')
  @ApiOperation({ operationId: 'getArea', summary: 'One area, with its version as ETag' })
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: AdminAreaDto })
  @ApiKeyAuth(404)
  async get(
    @Param('code') code: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminAreaDto> {
    return withVersionEtag(res, await this.areas.get(code));
  }

  @Patch(':code')
  @ApiOperation({
    operationId: 'updateArea',
    summary: 'Rename, reorder, or move a level-2 area under another parent',
    description:
      'Listings in the area are re-indexed in the same transaction, so public search finds them by the new names within seconds.',
  })
  @ApiParam(CODE_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminAreaDto })
  @ApiKeyAuth(404, 409, 413, 422)
  async update(
    @Param('code') code: string,
    @Body() body: UpdateAreaDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminAreaDto> {
    return withVersionEtag(
      res,
      await this.areas.update(code, body, expectedVersion(ifMatch, body.version)),
    );
  }

  @Post(':code/retire')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'retireArea',
    summary: 'Retire an area; its listings, if any, move to `moveListingsTo` in one transaction',
  })
  @ApiParam(CODE_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminAreaDto })
  @ApiKeyAuth(404, 409, 413, 422)
  async retire(
    @Param('code') code: string,
    @Body() body: RetireAreaDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminAreaDto> {
    return withVersionEtag(
      res,
      await this.areas.retire(code, body, expectedVersion(ifMatch, body.version)),
    );
  }
}
