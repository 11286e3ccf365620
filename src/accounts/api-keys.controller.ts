import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from './roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto.js';
import { ApiKeysService } from './api-keys.service.js';

@ApiTags('admin: API keys')
@Controller('api/v1/admin/api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key (the secret is shown once)',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiKeyAuth()
  async create(@Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const { apiKey, secret } = await this.apiKeys.create(body.name, body.role);
    return { ...ApiKeyDto.from(apiKey), key: secret };
  }

  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'List API keys (never their secrets)' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  @ApiKeyAuth()
  async list(@Query() query: PageQueryDto): Promise<ApiKeyPageDto> {
    const { items, total } = await this.apiKeys.list(query.page, query.perPage);
    return {
      items: items.map((k) => ApiKeyDto.from(k)),
      page: query.page,
      perPage: query.perPage,
      total,
    };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key (it stops working at once)',
  })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiKeyAuth(404)
  async revoke(@Param('id', new ParseUUIDPipe()) id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.apiKeys.revoke(id));
  }
}
