import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { LowerTrimmed, SingleLine } from '../common/validation/string-transforms.js';
import { AUDIT_ACTIONS, type AuditEvent } from './audit-event.entity.js';
import {
  STAFF_LANGUAGES,
  STAFF_ROLES,
  STAFF_STATUSES,
  type StaffLanguage,
  type StaffRole,
  type StaffStatus,
  type StaffUser,
} from './staff-user.entity.js';

export class InviteStaffDto {
  @ApiProperty({ example: 'minji.kim@hanbit-hospital.example', maxLength: 254 })
  @LowerTrimmed()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @Length(3, 254)
  email!: string;

  @ApiProperty({ example: 'Minji Kim', minLength: 1, maxLength: 100 })
  @SingleLine()
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'curator' })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiPropertyOptional({
    enum: STAFF_LANGUAGES,
    default: 'ko',
    description: 'Console and mail language',
  })
  @IsOptional()
  @IsIn(STAFF_LANGUAGES)
  language?: StaffLanguage;
}

export class UpdateStaffDto {
  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({
    enum: ['active', 'disabled'],
    description: 'Disabling ends the person’s sessions at once; enabling lets them sign in again',
  })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @SingleLine()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ enum: STAFF_LANGUAGES })
  @IsOptional()
  @IsIn(STAFF_LANGUAGES)
  language?: StaffLanguage;
}

export class StaffUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'minji.kim@hanbit-hospital.example' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
  @ApiProperty({ enum: STAFF_STATUSES }) status!: StaffStatus;
  @ApiProperty({ enum: STAFF_LANGUAGES }) language!: StaffLanguage;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSignInAt!: string | null;

  static from(user: StaffUser): StaffUserDto {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      language: user.language,
      version: user.version,
      createdAt: user.createdAt.toISOString(),
      lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    };
  }
}

export class StaffUserPageDto {
  @ApiProperty({ type: [StaffUserDto] }) items!: StaffUserDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}

export class AuditEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorUserId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) subjectUserId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Client address of the request' })
  clientAddress!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { reason: 'wrong_password' },
  })
  details!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(event: AuditEvent): AuditEventDto {
    return {
      id: event.id,
      action: event.action,
      actorUserId: event.actorUserId,
      subjectUserId: event.subjectUserId,
      clientAddress: event.clientAddress,
      details: event.details,
      createdAt: event.createdAt.toISOString(),
    };
  }
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() total!: number;
}

export class CurrentCallerDto {
  @ApiProperty({ enum: ['api-key', 'staff'] }) kind!: 'api-key' | 'staff';
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['admin', 'curator', 'integrator'] }) role!: string;
  @ApiPropertyOptional({ type: StaffUserDto, description: 'For a signed-in staff user' })
  user?: StaffUserDto;
  @ApiPropertyOptional({
    description: 'For a session: send it as X-CSRF-Token on every state-changing request',
  })
  csrfToken?: string;
}
