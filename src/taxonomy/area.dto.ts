import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { SingleLine, Trimmed } from '../common/validation/string-transforms.js';

export class AreaChildDto {
  @ApiProperty({ example: 'diagnostics.biomarkers' }) code!: string;
  @ApiProperty({ example: 'diagnostics', nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty({ example: '바이오마커' }) nameKo!: string;
  @ApiProperty({ example: 'Biomarkers' }) nameEn!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ description: 'Number of listings in this area' }) count!: number;
}

export class AreaNodeDto extends AreaChildDto {
  @ApiPropertyOptional({ type: [AreaChildDto] }) children?: AreaChildDto[];
}

export class AreaTreeDto {
  @ApiProperty({ type: [AreaNodeDto] }) items!: AreaNodeDto[];
}

export class AdminAreaChildDto extends AreaChildDto {
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) retiredAt!: string | null;
}

export class AdminAreaNodeDto extends AdminAreaChildDto {
  @ApiPropertyOptional({ type: [AdminAreaChildDto] }) children?: AdminAreaChildDto[];
}

export class AdminAreaTreeDto {
  @ApiProperty({ type: [AdminAreaNodeDto], description: 'Every area, retired ones included' })
  items!: AdminAreaNodeDto[];
}

const NAME = { minLength: 1, maxLength: 200 };

/** One area as the office manages it (retired ones included). */
export class AdminAreaDto {
  @ApiProperty({ example: 'medical-devices.implants' }) code!: string;
  @ApiProperty({ example: 'medical-devices', nullable: true, type: String })
  parentCode!: string | null;
  @ApiProperty({ example: '임플란트' }) nameKo!: string;
  @ApiProperty({ example: 'Implants' }) nameEn!: string;
  @ApiProperty({ description: 'Order among its siblings, from 0' }) position!: number;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  retiredAt!: string | null;
  @ApiProperty({ description: 'Listings (any status) classified in this area itself' })
  listings!: number;
}

export class CreateAreaDto {
  @ApiProperty({
    example: 'medical-devices.implants',
    description:
      'Stable code. Level 1: lower-case words joined by hyphens; level 2: the parent code, a dot and lower-case words.',
    maxLength: 100,
  })
  @Trimmed()
  @IsString()
  @MaxLength(100)
  code!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Omit or null for level 1' })
  @IsOptional()
  @Trimmed()
  @IsString()
  parentCode?: string | null;

  @ApiProperty(NAME) @SingleLine() @IsString() @Length(1, 200) nameKo!: string;
  @ApiProperty(NAME) @SingleLine() @IsString() @Length(1, 200) nameEn!: string;

  @ApiPropertyOptional({ description: 'Place among its siblings, from 0 (default: last)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

export class UpdateAreaDto {
  @ApiPropertyOptional(NAME)
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  nameKo?: string;

  @ApiPropertyOptional(NAME)
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  nameEn?: string;

  @ApiPropertyOptional({ description: 'Move a level-2 area under another level-1 area' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  parentCode?: string;

  @ApiPropertyOptional({ description: 'New place among its siblings, from 0' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;

  @ApiPropertyOptional({
    description: 'The version you read; or send it as If-Match. Required one way or the other.',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class RetireAreaDto {
  @ApiPropertyOptional({
    example: 'medical-devices.monitoring',
    description:
      "Where the area's listings go (required when it has any); moved in the same transaction",
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  moveListingsTo?: string;

  @ApiPropertyOptional({ description: 'The version you read; or send it as If-Match.', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
