import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Allow,
  Equals,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  LowerTrimmed,
  MultiLine,
  SingleLine,
  UpperTrimmed,
} from '../common/validation/string-transforms.js';
import {
  DECLINE_REASONS,
  type DeclineReason,
  INQUIRY_INTERESTS,
  INQUIRY_LANGUAGES,
  INQUIRY_STATUSES,
  type InquiryInterest,
  type InquiryLanguage,
  type InquiryStatus,
} from './inquiry.types.js';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
/** Where an inquiry came from: `kind:name`, e.g. `showcase:boston-bio-ai-night-2026`. */
export const INQUIRY_SOURCE_PATTERN = /^[a-z][a-z0-9-]{0,19}:[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{4,38}$/;

/** The partner's inquiry form. */
export class CreateInquiryDto {
  @ApiProperty({ example: 'Jane Park', maxLength: 120 })
  @SingleLine()
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ example: 'jane.park@biotech.example', maxLength: 254 })
  @LowerTrimmed()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ example: 'Charles River Biotherapeutics', maxLength: 200 })
  @SingleLine()
  @IsString()
  @Length(1, 200)
  organization!: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2 country code' })
  @UpperTrimmed()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as KR or US' })
  country!: string;

  @ApiPropertyOptional({ example: 'Director, Business Development', maxLength: 120 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 120)
  role?: string;

  @ApiPropertyOptional({ example: '+1 617 555 0100', maxLength: 40 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be digits with an optional +, spaces or dashes' })
  phone?: string;

  @ApiProperty({ enum: INQUIRY_INTERESTS })
  @IsIn(INQUIRY_INTERESTS)
  interest!: InquiryInterest;

  @ApiProperty({
    minLength: MESSAGE_MIN,
    maxLength: MESSAGE_MAX,
    description: 'Plain text; shown as text, never as HTML',
    example: 'We would like to evaluate this platform for an oncology program.',
  })
  @MultiLine()
  @IsString()
  @Length(MESSAGE_MIN, MESSAGE_MAX)
  message!: string;

  @ApiProperty({ enum: [true], description: 'Consent to be contacted about this inquiry' })
  @Equals(true, { message: 'consent must be true: we can only answer if we may contact you' })
  consent!: boolean;

  @ApiPropertyOptional({
    enum: INQUIRY_LANGUAGES,
    default: 'en',
    description: 'Language for our e-mails',
  })
  @IsOptional()
  @IsIn(INQUIRY_LANGUAGES)
  language?: InquiryLanguage;

  @ApiPropertyOptional({
    example: 'showcase:boston-bio-ai-night-2026',
    maxLength: 100,
    description:
      'Where the partner found the listing; links and QR codes of a showcase carry it as `?source=`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(INQUIRY_SOURCE_PATTERN, { message: 'source must look like showcase:<slug>' })
  source?: string;

  /** Honeypot: the form hides it from people; anything in it marks a bot. Not documented. */
  @Allow()
  website?: unknown;
}

export class InquiryCreatedDto {
  @ApiProperty({ example: 'INQ-2026-000042' }) reference!: string;
  @ApiProperty({ enum: INQUIRY_STATUSES, example: 'new' }) status!: InquiryStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The secret link to follow the inquiry (also sent by e-mail). Null when this was a repeated submission: then use the link from the first confirmation.',
  })
  statusUrl!: string | null;
  @ApiProperty({
    description:
      'True when the same inquiry was already received recently; nothing new was created',
  })
  duplicate!: boolean;
}

export class StatusTokenQueryDto {
  @ApiProperty({ description: 'The secret token from the status link' })
  @IsString()
  @Matches(TOKEN_PATTERN, { message: 'token must be the token from your status link' })
  token!: string;
}

export class PartnerMessageDto extends StatusTokenQueryDto {
  @ApiProperty({ minLength: 1, maxLength: MESSAGE_MAX })
  @MultiLine()
  @IsString()
  @Length(1, MESSAGE_MAX)
  message!: string;
}

export class PartnerWithdrawDto extends StatusTokenQueryDto {
  @ApiPropertyOptional({ maxLength: MESSAGE_MAX, description: 'Why, if you like' })
  @IsOptional()
  @MultiLine()
  @IsString()
  @Length(1, MESSAGE_MAX)
  message?: string;
}

export class InquiryListingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() referenceCode!: string;
  @ApiProperty({ nullable: true, type: String }) titleKo!: string | null;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
}

export class LocalizedLabelDto {
  @ApiProperty() ko!: string;
  @ApiProperty() en!: string;
}

export class PartnerHistoryEntryDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['created', 'status_changed', 'message'] }) type!: string;
  @ApiProperty({ enum: ['partner', 'office'] }) author!: 'partner' | 'office';
  @ApiProperty({ enum: INQUIRY_STATUSES, nullable: true }) status!: InquiryStatus | null;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
}

/** What the holder of the status link sees: no internal notes, no assignee, no contact data. */
export class PartnerInquiryDto {
  @ApiProperty({ example: 'INQ-2026-000042' }) reference!: string;
  @ApiProperty({ enum: INQUIRY_STATUSES }) status!: InquiryStatus;
  @ApiProperty({ type: LocalizedLabelDto }) statusLabel!: LocalizedLabelDto;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) declineReason!: DeclineReason | null;
  @ApiProperty({ type: LocalizedLabelDto, nullable: true })
  declineReasonLabel!: LocalizedLabelDto | null;
  @ApiProperty({ enum: INQUIRY_INTERESTS }) interest!: InquiryInterest;
  @ApiProperty({ type: InquiryListingDto }) technology!: InquiryListingDto;
  @ApiProperty({ description: 'Whether it can still be withdrawn or written to' }) open!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [PartnerHistoryEntryDto] }) history!: PartnerHistoryEntryDto[];
}
