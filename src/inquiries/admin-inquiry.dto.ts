import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { MultiLine, SingleLine, ToArray, Trimmed } from '../common/validation/string-transforms.js';
import { InquiryListingDto, MESSAGE_MAX } from './inquiry.dto.js';
import {
  DECLINE_REASONS,
  type DeclineReason,
  INQUIRY_ACTORS,
  INQUIRY_EVENT_TYPES,
  INQUIRY_INTERESTS,
  INQUIRY_LANGUAGES,
  INQUIRY_STATUSES,
  type InquiryActor,
  type InquiryEventType,
  type InquiryInterest,
  type InquiryLanguage,
  type InquiryStatus,
} from './inquiry.types.js';

const DATE_DOC = 'ISO 8601 date or date-time; a bare date covers the whole day (UTC)' as const;

export const INQUIRY_SORTS = ['-created', 'created', '-updated', 'updated'] as const;
export type InquirySort = (typeof INQUIRY_SORTS)[number];

/** An optional created-at range; the list and the stats filter by it. */
export class InquiryDateRangeDto {
  @ApiPropertyOptional({ description: `Created on or after. ${DATE_DOC}`, example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: `Created on or before. ${DATE_DOC}`, example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AdminInquiryQueryDto extends IntersectionType(PageQueryDto, InquiryDateRangeDto) {
  @ApiPropertyOptional({ enum: INQUIRY_STATUSES, isArray: true, description: 'Repeatable' })
  @IsOptional()
  @ToArray()
  @IsIn(INQUIRY_STATUSES, { each: true })
  status?: InquiryStatus[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only inquiries about this listing' })
  @IsOptional()
  @IsUUID()
  technologyId?: string;

  @ApiPropertyOptional({ description: 'Assignee as recorded; "none" for unassigned' })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 120)
  assignee?: string;

  @ApiPropertyOptional({
    description: 'Words in the reference, organization, partner name or e-mail',
    maxLength: 200,
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: INQUIRY_SORTS, default: '-created' })
  @IsOptional()
  @IsIn(INQUIRY_SORTS)
  sort: InquirySort = '-created';
}

export class InquiryStatsQueryDto extends InquiryDateRangeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only inquiries about this listing' })
  @IsOptional()
  @IsUUID()
  technologyId?: string;
}

export class InquiryExportQueryDto {
  @ApiProperty({ description: `Created on or after. ${DATE_DOC}`, example: '2026-01-01' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ description: `Created on or before. ${DATE_DOC}`, example: '2026-12-31' })
  @IsISO8601({ strict: true })
  to!: string;
}

class VersionedBodyDto {
  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class InquiryTransitionDto extends VersionedBodyDto {
  @ApiProperty({ enum: INQUIRY_STATUSES, description: 'The state to move to' })
  @IsIn(INQUIRY_STATUSES)
  status!: InquiryStatus;

  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Required when declining' })
  @ValidateIf((o: InquiryTransitionDto) => o.status === 'declined' || o.declineReason !== undefined)
  @IsIn(DECLINE_REASONS, { message: `declineReason must be one of ${DECLINE_REASONS.join(', ')}` })
  declineReason?: DeclineReason;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Internal explanation of the decline; required with reason "other"',
  })
  @ValidateIf(
    (o: InquiryTransitionDto) => o.declineReason === 'other' || o.declineNote !== undefined,
  )
  @MultiLine()
  @IsString()
  @Length(1, 2000)
  declineNote?: string;

  @ApiPropertyOptional({
    maxLength: MESSAGE_MAX,
    description: 'A message to the partner sent with the change (visible to them)',
  })
  @IsOptional()
  @MultiLine()
  @IsString()
  @Length(1, MESSAGE_MAX)
  message?: string;
}

export class InquiryAssignDto extends VersionedBodyDto {
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 120,
    description: 'Who handles it (name or address); null to unassign',
  })
  @ValidateIf((o: InquiryAssignDto) => o.assignee !== null)
  @SingleLine()
  @IsString()
  @Length(1, 120)
  assignee!: string | null;
}

export class InquiryTextDto extends VersionedBodyDto {
  @ApiProperty({ minLength: 1, maxLength: MESSAGE_MAX })
  @MultiLine()
  @IsString()
  @Length(1, MESSAGE_MAX)
  body!: string;
}

export class InquiryEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: INQUIRY_EVENT_TYPES }) type!: InquiryEventType;
  @ApiProperty({ enum: INQUIRY_ACTORS }) actor!: InquiryActor;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The API key name of the staff member',
  })
  actorName!: string | null;
  @ApiProperty({ enum: INQUIRY_STATUSES, nullable: true }) fromStatus!: InquiryStatus | null;
  @ApiProperty({ enum: INQUIRY_STATUSES, nullable: true }) toStatus!: InquiryStatus | null;
  @ApiProperty({ nullable: true, type: String }) body!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', nullable: true } })
  details!: Record<string, string | null>;
  @ApiProperty() visibleToPartner!: boolean;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class AdminInquirySummaryDto {
  @ApiProperty({ example: 'INQ-2026-000042' }) reference!: string;
  @ApiProperty({ enum: INQUIRY_STATUSES }) status!: InquiryStatus;
  @ApiProperty({ type: InquiryListingDto }) technology!: InquiryListingDto;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty() organization!: string;
  @ApiProperty({ example: 'US' }) country!: string;
  @ApiProperty({ enum: INQUIRY_INTERESTS }) interest!: InquiryInterest;
  @ApiProperty({ nullable: true, type: String }) assignee!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstResponseAt!:
    string | null;
  @ApiProperty() version!: number;
}

export class AdminInquiryDto extends AdminInquirySummaryDto {
  @ApiProperty({ nullable: true, type: String }) role!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty({ enum: INQUIRY_LANGUAGES }) language!: InquiryLanguage;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where the partner came from, e.g. showcase:<slug>',
  })
  source!: string | null;
  @ApiProperty({ format: 'date-time' }) consentedAt!: string;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) declineReason!: DeclineReason | null;
  @ApiProperty({ nullable: true, type: String }) declineNote!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ enum: INQUIRY_STATUSES, isArray: true, description: 'Where it can go next' })
  allowedTransitions!: InquiryStatus[];
  @ApiProperty({ type: [InquiryEventDto], description: 'Every change, oldest first' })
  history!: InquiryEventDto[];
}

export class AdminInquiryPageDto {
  @ApiProperty({ type: [AdminInquirySummaryDto] }) items!: AdminInquirySummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}

export class StatusCountDto {
  @ApiProperty({ enum: INQUIRY_STATUSES }) status!: InquiryStatus;
  @ApiProperty({ description: 'Inquiries in this state now' }) current!: number;
  @ApiProperty({ description: 'Inquiries that ever reached this state' }) reached!: number;
}

export class TechnologyInquiryCountDto {
  @ApiProperty({ type: InquiryListingDto }) technology!: InquiryListingDto;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Not yet licensed, declined or withdrawn' }) open!: number;
  @ApiProperty() licensed!: number;
}

export class InquiryStatsDto {
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [StatusCountDto], description: 'Per state: now, and ever reached (funnel)' })
  byStatus!: StatusCountDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Declined inquiries per reason',
  })
  declineReasons!: Record<string, number>;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Median hours from receipt to the first status change or message the partner saw (answered inquiries only)',
  })
  medianHoursToFirstResponse!: number | null;
  @ApiProperty({ description: 'Inquiries still waiting for a first response' })
  awaitingFirstResponse!: number;
  @ApiProperty({ type: [TechnologyInquiryCountDto], description: 'Per listing, most asked first' })
  byTechnology!: TechnologyInquiryCountDto[];
}
