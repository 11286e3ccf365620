import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
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
  ValidateBy,
} from 'class-validator';
import { MAX_PER_PAGE } from '../common/pagination/page-query.dto.js';
import {
  BooleanParam,
  ToArray,
  Trimmed,
  TrimmedEach,
} from '../common/validation/string-transforms.js';
import {
  JURISDICTIONS,
  type Jurisdiction,
  PATENT_STATUSES,
  type PatentStatus,
} from '../patents/patent.types.js';
import {
  LICENSE_TYPES,
  type LicenseType,
  STAGES,
  type Stage,
} from '../technologies/technology.types.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'trl'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
/** maxTotalHits is 10 000: deeper pages cannot be served. */
export const MAX_SEARCH_PAGE = 100;

/** An optional, repeatable query parameter whose values must all come from `values`. */
const OptionalEnumList = (values: readonly string[]) =>
  applyDecorators(
    ApiPropertyOptional({ enum: values, isArray: true }),
    IsOptional(),
    ToArray(),
    IsIn(values, { each: true }),
  );

/** An optional technology readiness level, 1–9. */
const OptionalTrl = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 9 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(9),
  );

export class SearchQueryDto {
  @ApiPropertyOptional({
    description: 'Words in Korean or English, an inventor, a patent number…',
    maxLength: 200,
    example: '폐암 조기 진단',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(0, 200)
  q?: string;

  @ApiPropertyOptional({
    description:
      'Search only the words of `q` as typed: no synonyms, concepts, typo tolerance, Korean particle reading or patent-number parsing',
    default: false,
  })
  @IsOptional()
  @BooleanParam()
  @IsBoolean()
  literal?: boolean;

  @ApiPropertyOptional({
    type: [String],
    description: 'Area code, repeatable; a level-1 code matches its children',
    example: ['diagnostics'],
  })
  @IsOptional()
  @ToArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/, { each: true, message: 'each area must be an area code' })
  area?: string[];

  @OptionalTrl()
  trlMin?: number;

  @OptionalTrl()
  @ValidateBy({
    name: 'notBelowTrlMin',
    validator: {
      validate: (value: unknown, args) => {
        const min = (args?.object as SearchQueryDto).trlMin;
        return typeof value !== 'number' || typeof min !== 'number' || value >= min;
      },
      defaultMessage: () => 'trlMax must not be less than trlMin',
    },
  })
  trlMax?: number;

  @OptionalEnumList(STAGES)
  stage?: Stage[];

  @OptionalEnumList(JURISDICTIONS)
  jurisdiction?: Jurisdiction[];

  @OptionalEnumList(PATENT_STATUSES)
  patentStatus?: PatentStatus[];

  @OptionalEnumList(LICENSE_TYPES)
  licenseType?: LicenseType[];

  @ApiPropertyOptional({ type: [String], example: ['small molecule'] })
  @IsOptional()
  @ToArray()
  @ArrayMaxSize(20)
  @TrimmedEach()
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  modality?: string[];

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort: SearchSort = 'relevance';

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_PAGE, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PER_PAGE, default: 20 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage: number = 20;

  @ApiPropertyOptional({
    enum: ['ko', 'en'],
    description: 'Preferred language of highlights and snippets',
  })
  @IsOptional()
  @IsIn(['ko', 'en'])
  lang?: 'ko' | 'en';

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Sync mode: full published listings changed at or after this time, in change order, paged by `cursor` (with `perPage`). Cannot be combined with search parameters.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  updatedSince?: string;

  @ApiPropertyOptional({
    description: 'Sync mode: the nextCursor of the previous sync page',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** Parameters that only mean something when searching (not in sync mode). */
export const SEARCH_ONLY_PARAMS = [
  'q',
  'literal',
  'area',
  'trlMin',
  'trlMax',
  'stage',
  'jurisdiction',
  'patentStatus',
  'licenseType',
  'modality',
  'lang',
] as const;

export class SearchHighlightDto {
  @ApiPropertyOptional({
    description:
      'HTML: the text escaped (& < > " \' as entities), with <mark>…</mark> around matches; safe to insert as HTML',
  })
  titleKo?: string;
  @ApiPropertyOptional() titleEn?: string;
  @ApiPropertyOptional({
    description:
      'HTML like titleKo: about 30 words around the matches (… where cut), with <mark>…</mark> around them',
  })
  summaryKo?: string;
  @ApiPropertyOptional() summaryEn?: string;
}

export class SearchItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() referenceCode!: string;
  @ApiProperty({ nullable: true, type: String }) titleKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({ nullable: true, type: String }) summaryKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) summaryEn!: string | null;
  @ApiProperty({ type: SearchHighlightDto }) highlight!: SearchHighlightDto;
  @ApiProperty({ type: [String] }) areaCodes!: string[];
  @ApiProperty({ nullable: true, type: Number }) trl!: number | null;
  @ApiProperty({ enum: STAGES, nullable: true }) stage!: string | null;
  @ApiProperty({ nullable: true, type: String }) modality!: string | null;
  @ApiProperty({ enum: LICENSE_TYPES, isArray: true }) licenseTypes!: string[];
  @ApiProperty({ enum: JURISDICTIONS, isArray: true }) jurisdictions!: string[];
  @ApiProperty({ enum: PATENT_STATUSES, nullable: true }) bestPatentStatus!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Increases on every change of the listing' }) version!: number;
}

export class SearchFacetsDto {
  @ApiProperty({
    description: 'Counts per area code (both levels)',
    example: { diagnostics: 12, 'diagnostics.biomarkers': 5 },
  })
  area!: Record<string, number>;
  @ApiProperty({ example: { preclinical: 4 } }) stage!: Record<string, number>;
  @ApiProperty({ example: { '4': 3 } }) trl!: Record<string, number>;
  @ApiProperty({ example: { KR: 10, US: 6 } }) jurisdiction!: Record<string, number>;
  @ApiProperty({ example: { granted: 7 } }) patentStatus!: Record<string, number>;
  @ApiProperty({ example: { exclusive: 9 } }) licenseType!: Record<string, number>;
}

export class SearchResultDto {
  @ApiProperty({ type: [SearchItemDto] }) items!: SearchItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: SearchFacetsDto }) facets!: SearchFacetsDto;
  @ApiProperty({
    description:
      'The query as understood: the parameters, plus `patentNumbers` when `q` is a patent number (matched exactly), `searchedFor` when particles were read off Korean words, and `concepts` ({ id, ko, en, narrower }) it names, whose other labels and narrower concepts are searched too (listings with the words as typed rank first). `literal=true` turns all of that off.',
    type: Object,
  })
  query!: Record<string, unknown>;
}
