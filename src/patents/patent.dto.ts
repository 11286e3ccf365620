import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
} from 'class-validator';
import { SingleLine, Trimmed, UpperTrimmed } from '../common/validation/string-transforms.js';
import { Patent } from './patent.entity.js';
import {
  JURISDICTIONS,
  type Jurisdiction,
  PATENT_STATUSES,
  PATENT_TYPES,
  type PatentStatus,
  type PatentType,
} from './patent.types.js';

const DATE = { strict: true, strictSeparator: true } as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields shared by create and update; every one optional here, required ones re-declared below. */
class PatentFieldsDto {
  @ApiPropertyOptional({ enum: PATENT_STATUSES })
  @IsOptional()
  @IsIn(PATENT_STATUSES)
  status?: PatentStatus;

  @ApiPropertyOptional({
    example: 'B2',
    description: 'WIPO ST.16 kind code, when known',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @UpperTrimmed()
  @Matches(/^[A-Z][0-9]?$/, { message: 'kindCode must look like A1, B2 or U' })
  kindCode?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DATE_ONLY, { message: 'filingDate must be a date like 2023-04-30' })
  filingDate?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DATE_ONLY, { message: 'priorityDate must be a date like 2023-04-30' })
  priorityDate?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DATE_ONLY, { message: 'publicationDate must be a date like 2023-04-30' })
  publicationDate?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DATE_ONLY, { message: 'grantDate must be a date like 2023-04-30' })
  grantDate?: string | null;

  @ApiPropertyOptional({ example: 'FAM-0001', maxLength: 60, nullable: true, type: String })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 60)
  familyId?: string | null;

  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 500)
  title?: string | null;
}

export class CreatePatentDto extends PatentFieldsDto {
  @ApiProperty({ enum: JURISDICTIONS, example: 'KR' })
  @IsIn(JURISDICTIONS)
  jurisdiction!: Jurisdiction;

  @ApiProperty({
    example: '10-2023-0123456',
    description:
      'As printed by the office; any common form (spaces, commas, dashes, prefixes) is accepted and normalized',
  })
  @Trimmed()
  @IsString()
  @Length(1, 60)
  number!: string;

  @ApiProperty({ enum: PATENT_TYPES, example: 'application' })
  @IsIn(PATENT_TYPES)
  type!: PatentType;

  @ApiProperty({ enum: PATENT_STATUSES, example: 'pending' })
  @IsIn(PATENT_STATUSES)
  declare status: PatentStatus;
}

export class UpdatePatentDto extends PatentFieldsDto {
  @ApiPropertyOptional({ enum: JURISDICTIONS })
  @IsOptional()
  @IsIn(JURISDICTIONS)
  jurisdiction?: Jurisdiction;

  @ApiPropertyOptional({ example: '10-2345678' })
  @ValidateIf((o: UpdatePatentDto) => o.number !== undefined)
  @Trimmed()
  @IsString()
  @Length(1, 60)
  number?: string;

  @ApiPropertyOptional({ enum: PATENT_TYPES })
  @IsOptional()
  @IsIn(PATENT_TYPES)
  type?: PatentType;
}

export class PatentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: JURISDICTIONS }) jurisdiction!: Jurisdiction;
  @ApiProperty({ description: 'As entered', example: '10-2023-0123456' }) numberRaw!: string;
  @ApiProperty({ description: 'Canonical form for matching', example: 'KR1020230123456' })
  numberNormalized!: string;
  @ApiProperty({ description: 'Canonical form for people', example: '10-2023-0123456' })
  numberDisplay!: string;
  @ApiProperty({ nullable: true, type: String, example: 'B1' }) kindCode!: string | null;
  @ApiProperty({ enum: PATENT_TYPES }) type!: PatentType;
  @ApiProperty({ enum: PATENT_STATUSES }) status!: PatentStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) filingDate!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) priorityDate!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) publicationDate!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) grantDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) familyId!: string | null;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;

  static from(p: Patent): PatentDto {
    return {
      id: p.id,
      jurisdiction: p.jurisdiction,
      numberRaw: p.numberRaw,
      numberNormalized: p.numberNormalized,
      numberDisplay: p.numberDisplay,
      kindCode: p.kindCode,
      type: p.type,
      status: p.status,
      filingDate: p.filingDate,
      priorityDate: p.priorityDate,
      publicationDate: p.publicationDate,
      grantDate: p.grantDate,
      familyId: p.familyId,
      title: p.title,
    };
  }
}
