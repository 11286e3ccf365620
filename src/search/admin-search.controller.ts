import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../accounts/roles.decorator.js';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { SearchReindexer } from './search-reindexer.js';

class ReindexReportDto {
  @ApiProperty({ example: 'technologies' }) index!: string;
  @ApiProperty({ description: 'Published listings loaded into the new index' }) indexed!: number;
  @ApiProperty({ description: 'Listings changed during the rebuild, re-queued for the index' })
  replayed!: number;
  @ApiProperty() durationMs!: number;
}

class DeadLetterDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'search' }) topic!: string;
  @ApiProperty({ description: 'The listing id (for topic search)' }) aggregateKey!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) deadAt!: string;
}

class DeadLetterPageDto {
  @ApiProperty({ type: [DeadLetterDto] }) items!: DeadLetterDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}

@ApiTags('admin: search')
@Controller('api/v1/admin/search')
@Roles('admin')
export class AdminSearchController {
  constructor(
    private readonly reindexer: SearchReindexer,
    private readonly relay: OutboxRelay,
  ) {}

  @Post('reindex')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'reindexSearch',
    summary: 'Rebuild the search index from Postgres without downtime',
  })
  @ApiOkResponse({ type: ReindexReportDto })
  @ApiKeyAuth(409, 503)
  reindex(): Promise<ReindexReportDto> {
    return this.reindexer.reindex();
  }

  @Get('dead-letters')
  @ApiOperation({
    operationId: 'listDeadLetters',
    summary: 'Outbox rows that failed every attempt (kept for inspection)',
  })
  @ApiOkResponse({ type: DeadLetterPageDto })
  @ApiKeyAuth()
  async deadLetters(@Query() query: PageQueryDto): Promise<DeadLetterPageDto> {
    const { items, total } = await this.relay.deadLetters(query.page, query.perPage);
    return { items, total, page: query.page, perPage: query.perPage };
  }
}
