import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LowerTrimmed } from '../common/validation/string-transforms.js';
import { SearchQueryDto } from '../search/search-query.dto.js';
import { ALERT_CADENCES, type AlertCadence } from './saved-search.entity.js';

/** The search to follow: the same words and filters as GET /api/v1/technologies. */
export class AlertSearchDto extends PickType(SearchQueryDto, [
  'q',
  'literal',
  'area',
  'trlMin',
  'trlMax',
  'stage',
  'jurisdiction',
  'patentStatus',
  'licenseType',
] as const) {}

export class CreateAlertDto {
  @ApiProperty({ example: 'jane.park@biotech.example', maxLength: 254 })
  @LowerTrimmed()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiPropertyOptional({
    type: AlertSearchDto,
    description: 'Leave out to follow the whole catalog',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlertSearchDto)
  search?: AlertSearchDto;

  @ApiPropertyOptional({ enum: ALERT_CADENCES, default: 'weekly' })
  @IsOptional()
  @IsIn(ALERT_CADENCES)
  cadence?: AlertCadence;

  @ApiPropertyOptional({ enum: ['ko', 'en'], default: 'en', description: 'Language of the mails' })
  @IsOptional()
  @IsIn(['ko', 'en'])
  language?: 'ko' | 'en';

  /** Honeypot, as on the inquiry form. Not documented. */
  @Allow()
  website?: unknown;
}

export class AlertRequestedDto {
  @ApiProperty({ enum: ['pending'] })
  status!: 'pending';

  @ApiProperty({
    example: 'If the address can receive mail, a confirmation link is on its way.',
  })
  detail!: string;
}
