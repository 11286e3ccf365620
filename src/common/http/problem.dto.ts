import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'patents[1].number' })
  field!: string;

  @ApiProperty({
    example:
      'not a valid KR number: use 10-2023-0123456 (application) or 10-2345678 (registration)',
  })
  message!: string;
}

/** RFC 9457 problem details; every error of this API has this shape. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/common-validation-failed' })
  type!: string;

  @ApiProperty({ example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'titleEn: titleEn must be shorter than or equal to 300 characters' })
  detail!: string;

  @ApiPropertyOptional({ example: '/api/v1/admin/technologies' })
  instance?: string;

  @ApiProperty({
    description: 'Stable machine-readable error code',
    example: 'common.validation_failed',
  })
  code!: string;

  @ApiPropertyOptional({ example: 'c1b7f1f2-3a7e-4a55-9a2f-3f4f0e1b2c3d' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    description: 'On 409 version conflicts: the version now stored',
    example: 4,
  })
  currentVersion?: number;
}
