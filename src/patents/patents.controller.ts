import {
  Body,
  Controller,
  Delete,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
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
import { Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { expectedVersion } from '../common/http/if-match.js';
import { CreatePatentDto, PatentDto, UpdatePatentDto } from './patent.dto.js';
import { CurrentListingActor } from '../technologies/listing-actor.decorator.js';
import type { ListingActor } from '../technologies/listing-actor.js';
import { PatentsService } from './patents.service.js';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: "The technology's ETag (version) you read; optional for patents",
};

@ApiTags('admin: patents')
@Controller('api/v1/admin/technologies/:technologyId/patents')
@Roles('admin', 'curator')
@ApiParam({ name: 'technologyId', format: 'uuid' })
export class PatentsController {
  constructor(private readonly patents: PatentsService) {}

  @Post()
  @ApiOperation({
    operationId: 'addPatent',
    summary: 'Add a patent; the number is validated and normalized for its office',
  })
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: PatentDto })
  @ApiKeyAuth(404, 409)
  async add(
    @Param('technologyId', new ParseUUIDPipe()) technologyId: string,
    @Body() body: CreatePatentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
  ): Promise<PatentDto> {
    return PatentDto.from(
      await this.patents.add(technologyId, body, expectedVersion(ifMatch, undefined), actor),
    );
  }

  @Patch(':patentId')
  @ApiOperation({
    operationId: 'updatePatent',
    summary: 'Change a patent (status, dates, number, …)',
  })
  @ApiParam({ name: 'patentId', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: PatentDto })
  @ApiKeyAuth(404, 409)
  async update(
    @Param('technologyId', new ParseUUIDPipe()) technologyId: string,
    @Param('patentId', new ParseUUIDPipe()) patentId: string,
    @Body() body: UpdatePatentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
  ): Promise<PatentDto> {
    const version = expectedVersion(ifMatch, undefined);
    return PatentDto.from(await this.patents.update(technologyId, patentId, body, version, actor));
  }

  @Delete(':patentId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'removePatent', summary: 'Remove a patent from the listing' })
  @ApiParam({ name: 'patentId', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse()
  @ApiKeyAuth(404, 409)
  async remove(
    @Param('technologyId', new ParseUUIDPipe()) technologyId: string,
    @Param('patentId', new ParseUUIDPipe()) patentId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentListingActor() actor: ListingActor,
  ): Promise<void> {
    await this.patents.remove(technologyId, patentId, expectedVersion(ifMatch, undefined), actor);
  }
}
