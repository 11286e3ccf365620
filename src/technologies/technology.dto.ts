import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import {
  ToArray,
  SingleLine,
  SingleLineEach,
  Trimmed,
  UpperTrimmed,
} from '../common/validation/string-transforms.js';
import { CreatePatentDto, PatentDto } from '../patents/patent.dto.js';
import { AreaChildDto } from '../taxonomy/area.dto.js';
import { SLUG_MAX, SLUG_PATTERN } from './slug.js';
import {
  LICENSE_TYPES,
  type LicenseType,
  STAGES,
  type Stage,
  TECHNOLOGY_STATUSES,
  type TechnologyStatus,
} from './technology.types.js';

export const REFERENCE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
const AREA_CODE_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)?$/;

export class InventorDto {
  @ApiPropertyOptional({ example: '김수빈', maxLength: 100 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 100)
  nameKo?: string;

  @ApiPropertyOptional({ example: 'Su-bin Kim', maxLength: 100 })
  @ValidateIf((o: InventorDto) => o.nameEn !== undefined || !o.nameKo)
  @SingleLine()
  @IsString({ message: 'an inventor needs nameKo or nameEn' })
  @Length(1, 100)
  nameEn?: string;

  @ApiPropertyOptional({ example: '영상의학과', maxLength: 200 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  departmentKo?: string;

  @ApiPropertyOptional({ example: 'Department of Radiology', maxLength: 200 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  departmentEn?: string;
}

/**
 * The editable fields of a listing. In an update every field is optional; `null` clears an
 * optional field; arrays replace the stored list.
 */
class TechnologyFieldsDto {
  @ApiPropertyOptional({
    pattern: SLUG_PATTERN.source,
    maxLength: SLUG_MAX,
    example: 'cd19-car-t-lymphoma',
    description: 'Made from titleEn when omitted; fixed once the listing has been published',
  })
  @ValidateIf((o: TechnologyFieldsDto) => o.slug !== undefined)
  @Trimmed()
  @IsString()
  @Length(3, SLUG_MAX)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single dashes' })
  slug?: string;

  @ApiPropertyOptional({
    example: '저선량 흉부 CT 폐암 검진 인공지능',
    maxLength: 300,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 300)
  titleKo?: string | null;

  @ApiPropertyOptional({
    example: 'AI for lung cancer screening on low-dose chest CT',
    maxLength: 300,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 300)
  titleEn?: string | null;

  @ApiPropertyOptional({
    description: 'Non-confidential summary in Korean',
    maxLength: 5000,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 5000)
  summaryKo?: string | null;

  @ApiPropertyOptional({
    description: 'Non-confidential summary in English',
    maxLength: 5000,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 5000)
  summaryEn?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'Key points, each ≤ 500 characters',
  })
  @ValidateIf((o: TechnologyFieldsDto) => o.advantagesKo !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  advantagesKo?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @ValidateIf((o: TechnologyFieldsDto) => o.advantagesEn !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  advantagesEn?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @ValidateIf((o: TechnologyFieldsDto) => o.applicationsKo !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  applicationsKo?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @ValidateIf((o: TechnologyFieldsDto) => o.applicationsEn !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  applicationsEn?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 40, example: ['폐암', 'lung cancer', 'LDCT'] })
  @ValidateIf((o: TechnologyFieldsDto) => o.keywords !== undefined)
  @IsArray()
  @ArrayMaxSize(40)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 10,
    example: ['digital-health.ai-imaging'],
    description: 'Area codes (see GET /api/v1/areas)',
  })
  @ValidateIf((o: TechnologyFieldsDto) => o.areaCodes !== undefined)
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(AREA_CODE_PATTERN, {
    each: true,
    message: 'each area code must look like "diagnostics" or "diagnostics.biomarkers"',
  })
  areaCodes?: string[];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 9,
    nullable: true,
    type: Number,
    description: 'Technology readiness level',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number | null;

  @ApiPropertyOptional({ enum: STAGES, nullable: true })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage | null;

  @ApiPropertyOptional({ example: 'small molecule', maxLength: 80, nullable: true, type: String })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 80)
  modality?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: 20, example: ['lung cancer'] })
  @ValidateIf((o: TechnologyFieldsDto) => o.indications !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  indications?: string[];

  @ApiPropertyOptional({ enum: LICENSE_TYPES, isArray: true })
  @ValidateIf((o: TechnologyFieldsDto) => o.licenseTypes !== undefined)
  @IsArray()
  @ArrayUnique()
  @IsIn(LICENSE_TYPES, { each: true })
  licenseTypes?: LicenseType[];

  @ApiPropertyOptional({ type: [InventorDto], maxItems: 20 })
  @ValidateIf((o: TechnologyFieldsDto) => o.inventors !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => InventorDto)
  inventors?: InventorDto[];

  @ApiPropertyOptional({
    description: 'TTO manager; private',
    maxLength: 200,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  contactName?: string | null;

  @ApiPropertyOptional({
    description: 'TTO manager e-mail; private, never public or indexed',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @Trimmed()
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string | null;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the TTO last checked the listing is accurate',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  lastVerifiedAt?: string | null;
}

export class CreateTechnologyDto extends TechnologyFieldsDto {
  @ApiProperty({
    example: 'HOSP-T-2024-0007',
    pattern: REFERENCE_CODE_PATTERN.source,
    description: "The office's own code; unique",
  })
  @UpperTrimmed()
  @IsString()
  @Matches(REFERENCE_CODE_PATTERN, {
    message: 'referenceCode must be 3-40 upper-case letters, digits and dashes',
  })
  referenceCode!: string;

  @ApiPropertyOptional({ type: [CreatePatentDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CreatePatentDto)
  patents?: CreatePatentDto[];
}

export class UpdateTechnologyDto extends TechnologyFieldsDto {
  @ApiPropertyOptional({ example: 'HOSP-T-2024-0007', pattern: REFERENCE_CODE_PATTERN.source })
  @ValidateIf((o: UpdateTechnologyDto) => o.referenceCode !== undefined)
  @UpperTrimmed()
  @IsString()
  @Matches(REFERENCE_CODE_PATTERN, {
    message: 'referenceCode must be 3-40 upper-case letters, digits and dashes',
  })
  referenceCode?: string;

  @ApiPropertyOptional({
    description: 'The version you read; or send it as If-Match. Required one way or the other.',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class LifecycleBodyDto {
  @ApiPropertyOptional({
    description: 'The version you read (optional; If-Match works too)',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export const ADMIN_SORTS = [
  'updated',
  '-updated',
  'created',
  '-created',
  'title',
  'referenceCode',
] as const;
export type AdminSort = (typeof ADMIN_SORTS)[number];

export class AdminTechnologyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TECHNOLOGY_STATUSES, isArray: true, description: 'Repeatable' })
  @IsOptional()
  @ToArray()
  @IsIn(TECHNOLOGY_STATUSES, { each: true })
  status?: TechnologyStatus[];

  @ApiPropertyOptional({ description: 'Words in titles, reference code or slug', maxLength: 200 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Area code, repeatable; a level-1 code includes its children',
  })
  @IsOptional()
  @ToArray()
  @ArrayMaxSize(20)
  @Matches(AREA_CODE_PATTERN, { each: true, message: 'each area must be an area code' })
  area?: string[];

  @ApiPropertyOptional({ enum: ADMIN_SORTS, default: '-updated' })
  @IsOptional()
  @IsIn(ADMIN_SORTS)
  sort: AdminSort = '-updated';
}

export class TechnologyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'lung-cancer-ldct-screening-ai' }) slug!: string;
  @ApiProperty({ example: 'HOSP-T-2018-0001' }) referenceCode!: string;
  @ApiProperty({ nullable: true, type: String }) titleKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({ nullable: true, type: String }) summaryKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) summaryEn!: string | null;
  @ApiProperty({ type: [String] }) advantagesKo!: string[];
  @ApiProperty({ type: [String] }) advantagesEn!: string[];
  @ApiProperty({ type: [String] }) applicationsKo!: string[];
  @ApiProperty({ type: [String] }) applicationsEn!: string[];
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ type: [AreaChildDto], description: 'Areas (count is 0 here)' }) areas!: Omit<
    AreaChildDto,
    'count'
  >[];
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 9 }) trl!: number | null;
  @ApiProperty({ enum: STAGES, nullable: true }) stage!: Stage | null;
  @ApiProperty({ nullable: true, type: String }) modality!: string | null;
  @ApiProperty({ type: [String] }) indications!: string[];
  @ApiProperty({ enum: LICENSE_TYPES, isArray: true }) licenseTypes!: LicenseType[];
  @ApiProperty({ type: [InventorDto] }) inventors!: InventorDto[];
  @ApiProperty({ type: [PatentDto] }) patents!: PatentDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastVerifiedAt!:
    string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Increases on every change; send it back when updating', example: 3 })
  version!: number;
}

export class AdminTechnologyDto extends TechnologyDto {
  @ApiProperty({ enum: TECHNOLOGY_STATUSES }) status!: TechnologyStatus;
  @ApiProperty({ nullable: true, type: String }) contactName!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AdminTechnologySummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() referenceCode!: string;
  @ApiProperty({ enum: TECHNOLOGY_STATUSES }) status!: TechnologyStatus;
  @ApiProperty({ nullable: true, type: String }) titleKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({ type: [String] }) areaCodes!: string[];
  @ApiProperty({ nullable: true, type: Number }) trl!: number | null;
  @ApiProperty({ enum: STAGES, nullable: true }) stage!: Stage | null;
  @ApiProperty() patentCount!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class AdminTechnologyPageDto {
  @ApiProperty({ type: [AdminTechnologySummaryDto] }) items!: AdminTechnologySummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}
