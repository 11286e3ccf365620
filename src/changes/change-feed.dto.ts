import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TechnologyDto } from '../technologies/technology.dto.js';
import { CHANGE_TYPES, type ChangeType } from './technology-change.entity.js';

export const CHANGE_FEED_MAX_LIMIT = 1000;

export class ChangeFeedQueryDto {
  @ApiPropertyOptional({
    description: 'The nextCursor of the previous page; omit to start from the beginning',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: CHANGE_FEED_MAX_LIMIT, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CHANGE_FEED_MAX_LIMIT)
  limit: number = 100;
}

export class ChangeDto {
  @ApiProperty({
    enum: CHANGE_TYPES,
    description:
      '`published`: now public (fetch it); `updated`: changed while public (fetch it); `unpublished`: no longer public (drop it)',
  })
  type!: ChangeType;
  @ApiProperty({ format: 'uuid', description: 'The listing id (stable)' }) id!: string;
  @ApiProperty({ example: 'lung-cancer-ldct-screening-ai' }) slug!: string;
  @ApiProperty({ description: 'The listing version after the change', example: 3 })
  version!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class ChangeFeedPageDto {
  @ApiProperty({ type: [ChangeDto], description: 'In commit order' }) items!: ChangeDto[];
  @ApiProperty({
    description:
      'Send as `since` for the next page. With no new changes it is the cursor you sent, so keep polling with it.',
  })
  nextCursor!: string;
  @ApiProperty({ description: 'More changes are waiting right now' }) hasMore!: boolean;
}

export class CatalogSyncPageDto {
  @ApiProperty({ type: [TechnologyDto], description: 'Whole published listings, in change order' })
  items!: TechnologyDto[];
  @ApiProperty({ description: 'Send as `cursor` for the next page' }) nextCursor!: string;
  @ApiProperty({ description: 'More listings are waiting' }) hasMore!: boolean;
  @ApiProperty({
    description:
      'The change feed position when this page was read: keep the one from your first page and follow GET /api/v1/changes from it after the full sync',
  })
  changesCursor!: string;
}
