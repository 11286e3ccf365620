import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MultiLine, SingleLine, SingleLineEach } from '../common/validation/string-transforms.js';
import type { InquiryStatus } from '../inquiries/inquiry.types.js';
import { TECHNOLOGY_STATUSES, type TechnologyStatus } from '../technologies/technology.types.js';
import {
  MAX_SHOWCASE_LISTINGS,
  SHOWCASE_SLUG_PATTERN,
  SHOWCASE_STATUSES,
  SHOWCASE_VISIBILITIES,
  type ShowcaseStatus,
  type ShowcaseVisibility,
} from './showcase.types.js';

const INTRO_MAX = 4000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class ShowcaseEventDto {
  @ApiProperty({ example: 'BOSTON-SEOUL BIO & AI Night', maxLength: 200 })
  @SingleLine()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '2026-10-14', format: 'date' })
  @IsString()
  @Matches(DATE_ONLY, { message: 'date must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real day, YYYY-MM-DD' })
  date!: string;

  @ApiPropertyOptional({ example: 'Cambridge Innovation Center, Boston', maxLength: 200 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  place?: string;

  @ApiPropertyOptional({ example: 'Korea Health Industry Development Institute', maxLength: 200 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  organizer?: string;
}

/** Listing references: ids, slugs or reference codes, in the order they appear. */
class ListingRefs {
  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_SHOWCASE_LISTINGS,
    description:
      'The listings in order: ids, slugs or reference codes. Listings added must be published; one unpublished later drops out of the public page until it is published again.',
    example: ['HOSP-T-2024-0007', 'lung-cancer-ldct-screening-ai'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SHOWCASE_LISTINGS)
  @SingleLineEach()
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  listings?: string[];
}

export class ShowcaseFieldsDto extends ListingRefs {
  @ApiPropertyOptional({
    example: 'boston-bio-ai-night-2026',
    description: 'The page address; made from the English title when left out',
  })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Matches(SHOWCASE_SLUG_PATTERN, {
    message: 'slug must be lower-case letters, digits and dashes (at most 80)',
  })
  slug?: string;

  @ApiPropertyOptional({ maxLength: INTRO_MAX, nullable: true, type: String })
  @IsOptional()
  @MultiLine()
  @IsString()
  @Length(1, INTRO_MAX)
  introKo?: string | null;

  @ApiPropertyOptional({ maxLength: INTRO_MAX, nullable: true, type: String })
  @IsOptional()
  @MultiLine()
  @IsString()
  @Length(1, INTRO_MAX)
  introEn?: string | null;

  @ApiPropertyOptional({ type: ShowcaseEventDto, nullable: true, description: 'null removes it' })
  @ValidateIf((o: ShowcaseFieldsDto) => o.event !== undefined && o.event !== null)
  @ValidateNested()
  @Type(() => ShowcaseEventDto)
  event?: ShowcaseEventDto | null;

  @ApiPropertyOptional({ enum: SHOWCASE_VISIBILITIES, default: 'unlisted' })
  @IsOptional()
  @IsIn(SHOWCASE_VISIBILITIES)
  visibility?: ShowcaseVisibility;
}

export class CreateShowcaseDto extends ShowcaseFieldsDto {
  @ApiProperty({ example: '보스턴-서울 바이오·AI 나이트', maxLength: 200 })
  @SingleLine()
  @IsString()
  @Length(1, 200)
  titleKo!: string;

  @ApiProperty({ example: 'BOSTON-SEOUL BIO & AI Night', maxLength: 200 })
  @SingleLine()
  @IsString()
  @Length(1, 200)
  titleEn!: string;
}

export class UpdateShowcaseDto extends ShowcaseFieldsDto {
  @ApiPropertyOptional({ example: '보스턴-서울 바이오·AI 나이트', maxLength: 200 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  titleKo?: string;

  @ApiPropertyOptional({ example: 'BOSTON-SEOUL BIO & AI Night', maxLength: 200 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 200)
  titleEn?: string;

  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ShowcaseLifecycleDto {
  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ShowcaseEventViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ nullable: true, type: String }) organizer!: string | null;
}

export class ShowcaseListingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() referenceCode!: string;
  @ApiProperty({ nullable: true, type: String }) titleKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({
    enum: TECHNOLOGY_STATUSES,
    description: 'Only published listings appear on the public page and in the booklet',
  })
  status!: TechnologyStatus;
}

export class ShowcaseLinksDto {
  @ApiProperty({ description: 'The public page in Korean' }) pageKo!: string;
  @ApiProperty({ description: 'The public page in English' }) pageEn!: string;
  @ApiProperty() bookletKo!: string;
  @ApiProperty() bookletEn!: string;
  @ApiProperty({ description: 'QR code (SVG) opening the English page' }) qrSvg!: string;
  @ApiProperty({ description: 'QR code (PNG) opening the English page' }) qrPng!: string;
}

export class AdminShowcaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() titleKo!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ nullable: true, type: String }) introKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) introEn!: string | null;
  @ApiProperty({ type: ShowcaseEventViewDto, nullable: true }) event!: ShowcaseEventViewDto | null;
  @ApiProperty({ enum: SHOWCASE_VISIBILITIES }) visibility!: ShowcaseVisibility;
  @ApiProperty({ enum: SHOWCASE_STATUSES }) status!: ShowcaseStatus;
  @ApiProperty({ type: [ShowcaseListingDto] }) listings!: ShowcaseListingDto[];
  @ApiProperty({ type: ShowcaseLinksDto }) links!: ShowcaseLinksDto;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class AdminShowcaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() titleKo!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) eventDate!: string | null;
  @ApiProperty({ enum: SHOWCASE_VISIBILITIES }) visibility!: ShowcaseVisibility;
  @ApiProperty({ enum: SHOWCASE_STATUSES }) status!: ShowcaseStatus;
  @ApiProperty() listingCount!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class AdminShowcasePageDto {
  @ApiProperty({ type: [AdminShowcaseSummaryDto] }) items!: AdminShowcaseSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}

export class ShowcaseCountsDto {
  @ApiProperty({ description: 'Views of the showcase page' }) pageViews!: number;
  @ApiProperty({ description: 'Listing pages opened from the showcase (page, PDF or QR)' })
  listingViews!: number;
  @ApiProperty({ description: 'Booklet and one-pager downloads' }) pdfDownloads!: number;
  @ApiProperty({ description: 'Visits through a QR code' }) qrScans!: number;
  @ApiProperty({ description: 'Inquiries whose source is this showcase' }) inquiries!: number;
  @ApiProperty({
    description: 'Those inquiries by where they now stand in the workflow',
    example: { new: 1, in_discussion: 2 },
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  inquiriesByStatus!: Partial<Record<InquiryStatus, number>>;
}

export class ShowcaseListingReportDto extends ShowcaseCountsDto {
  @ApiProperty({ type: ShowcaseListingDto }) listing!: ShowcaseListingDto;
}

export class ShowcaseReportDto {
  @ApiProperty({ type: ShowcaseCountsDto, description: 'The whole showcase' })
  totals!: ShowcaseCountsDto;
  @ApiProperty({
    type: [ShowcaseListingReportDto],
    description: 'Per listing of the showcase (and any listing its inquiries named)',
  })
  listings!: ShowcaseListingReportDto[];
}
