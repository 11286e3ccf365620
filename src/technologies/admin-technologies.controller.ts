import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
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
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { expectedVersion, IF_MATCH_HEADER, versionEtag } from '../common/http/if-match.js';
import { TechnologiesService } from './technologies.service.js';
import type { LifecycleAction } from './technology-lifecycle.js';
import {
  AdminTechnologyDto,
  AdminTechnologyPageDto,
  AdminTechnologyQueryDto,
  CreateTechnologyDto,
  LifecycleBodyDto,
  UpdateTechnologyDto,
} from './technology.dto.js';
import type { Technology } from './technology.entity.js';
import { CurrentListingActor } from './listing-actor.decorator.js';
import type { ListingActor } from './listing-actor.js';
import { toAdminTechnology } from './technology.mapper.js';

const ID_PARAM = { name: 'id', format: 'uuid', description: 'Technology id' };

@ApiTags('admin: technologies')
@Controller('api/v1/admin/technologies')
@Roles('admin', 'curator')
export class AdminTechnologiesController {
  constructor(private readonly technologies: TechnologiesService) {}

  @Post()
  @ApiOperation({
    operationId: 'createTechnology',
    summary: 'Create a listing (as a draft), optionally with patents',
  })
  @ApiCreatedResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(409, 413, 422)
  async create(
    @Body() body: CreateTechnologyDto,
    @CurrentListingActor() actor: ListingActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminTechnologyDto> {
    return this.send(res, await this.technologies.create(body, actor));
  }

  @Get()
  @ApiOperation({
    operationId: 'listTechnologiesAdmin',
    summary: 'List listings in every status, with filters',
  })
  @ApiOkResponse({ type: AdminTechnologyPageDto })
  @ApiKeyAuth()
  list(@Query() query: AdminTechnologyQueryDto): Promise<AdminTechnologyPageDto> {
    return this.technologies.list(query);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getTechnologyAdmin',
    summary: 'One listing in any status (ETag = version)',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(404)
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminTechnologyDto> {
    return this.send(res, await this.technologies.findById(id));
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateTechnology',
    summary: 'Change fields of a listing; needs the version you read',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(404, 409, 413, 422)
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateTechnologyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminTechnologyDto> {
    return this.send(
      res,
      await this.technologies.update(id, body, expectedVersion(ifMatch, body.version), actor),
    );
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'publishTechnology',
    summary: 'Publish a draft (it must be complete in both languages)',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(404, 409, 422)
  publish(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LifecycleBodyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(id, 'publish', body, ifMatch, actor, res);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'unpublishTechnology',
    summary: 'Take a published listing back to draft',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(404, 409)
  unpublish(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LifecycleBodyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(id, 'unpublish', body, ifMatch, actor, res);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'archiveTechnology',
    summary: 'Archive a draft or published listing (it leaves the public catalog)',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(404, 409)
  archive(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LifecycleBodyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(id, 'archive', body, ifMatch, actor, res);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'restoreTechnology',
    summary: 'Bring an archived listing back as a draft',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: AdminTechnologyDto })
  @ApiKeyAuth(404, 409)
  restore(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LifecycleBodyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(id, 'restore', body, ifMatch, actor, res);
  }

  private async transition(
    id: string,
    action: LifecycleAction,
    body: LifecycleBodyDto,
    ifMatch: string | undefined,
    actor: ListingActor,
    res: Response,
  ) {
    const version = expectedVersion(ifMatch, body.version);
    return this.send(res, await this.technologies.transition(id, action, version, actor));
  }

  private send(res: Response, technology: Technology): AdminTechnologyDto {
    res.setHeader('ETag', versionEtag(technology.version));
    return toAdminTechnology(technology);
  }
}
