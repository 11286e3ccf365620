import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiKeyAuth } from '../common/http/api-errors.decorator.js';
import { noStore } from '../common/http/cache-control.js';
import { expectedVersion, IF_MATCH_HEADER, withVersionEtag } from '../common/http/if-match.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { PageQueryDto } from '../common/pagination/page-query.dto.js';
import { CurrentActor } from './actor.decorator.js';
import { AuditLog, type Actor } from './audit-log.js';
import type { AuthenticatedRequest } from './auth.guard.js';
import { Roles } from './roles.decorator.js';
import { StaffAccountsService } from './staff-accounts.service.js';
import {
  AuditEventDto,
  AuditEventPageDto,
  CurrentCallerDto,
  InviteStaffDto,
  StaffUserDto,
  StaffUserPageDto,
  UpdateStaffDto,
} from './staff-user.dto.js';

type NamedActor = Actor & { name: string };

/** The office's people: admins invite, change roles, disable and enable; all of it audited. */
@ApiTags('admin: people')
@Controller('api/v1/admin')
@Roles('admin')
export class StaffUsersController {
  constructor(
    private readonly accounts: StaffAccountsService,
    private readonly audit: AuditLog,
  ) {}

  @Get('me')
  @Roles('admin', 'curator', 'integrator')
  @ApiOperation({
    operationId: 'getCurrentCaller',
    summary:
      'Who is calling: the API key or the signed-in staff user (with the session’s CSRF token)',
  })
  @ApiOkResponse({ type: CurrentCallerDto })
  @ApiKeyAuth()
  me(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): CurrentCallerDto {
    noStore(res);
    const principal = req.principal!;
    return {
      kind: principal.kind,
      name: principal.name,
      role: principal.role,
      ...(req.staffUser
        ? { user: StaffUserDto.from(req.staffUser), csrfToken: req.session.csrfToken }
        : {}),
    };
  }

  @Post('people')
  @ApiOperation({
    operationId: 'inviteStaffUser',
    summary: 'Invite a person by e-mail (a one-time link, valid 72 hours, to choose a password)',
  })
  @ApiCreatedResponse({ type: StaffUserDto })
  @ApiKeyAuth(409, 413)
  async invite(
    @Body() body: InviteStaffDto,
    @CurrentActor() actor: NamedActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StaffUserDto> {
    const { user } = await this.accounts.invite(
      { ...body, language: body.language ?? 'ko' },
      actor,
    );
    return withVersionEtag(res, StaffUserDto.from(user));
  }

  @Get('people')
  @ApiOperation({ operationId: 'listStaffUsers', summary: 'List staff users, oldest first' })
  @ApiOkResponse({ type: StaffUserPageDto })
  @ApiKeyAuth()
  async list(@Query() query: PageQueryDto): Promise<StaffUserPageDto> {
    const { items, total } = await this.accounts.list(query.page, query.perPage);
    return {
      items: items.map((u) => StaffUserDto.from(u)),
      page: query.page,
      perPage: query.perPage,
      total,
    };
  }

  @Get('people/:id')
  @ApiOperation({ operationId: 'getStaffUser', summary: 'One staff user' })
  @ApiOkResponse({ type: StaffUserDto })
  @ApiKeyAuth(404)
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StaffUserDto> {
    return withVersionEtag(res, StaffUserDto.from(await this.accounts.get(id)));
  }

  @Patch('people/:id')
  @ApiOperation({
    operationId: 'updateStaffUser',
    summary: 'Change role, disable or enable, rename, or set the console language',
    description:
      'Disabling ends every session of the person at once. The last active admin can be neither disabled nor demoted.',
  })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: StaffUserDto })
  @ApiKeyAuth(404, 409, 413, 422)
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateStaffDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: NamedActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StaffUserDto> {
    const version = expectedVersion(ifMatch, body.version);
    if (version === undefined) {
      throw new ValidationFailedError([
        { field: 'version', message: 'send the version you read (body `version` or If-Match)' },
      ]);
    }
    const { role, status, displayName, language } = body;
    return withVersionEtag(
      res,
      StaffUserDto.from(
        await this.accounts.update(id, { role, status, displayName, language }, version, actor),
      ),
    );
  }

  @Post('people/:id/invitation')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'resendStaffInvitation',
    summary: 'Send a new invitation link (earlier links stop working)',
  })
  @ApiAcceptedResponse({ type: StaffUserDto })
  @ApiKeyAuth(404, 409)
  async resend(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: NamedActor,
  ): Promise<StaffUserDto> {
    return StaffUserDto.from(await this.accounts.resendInvitation(id, actor));
  }

  @Get('audit-events')
  @ApiOperation({
    operationId: 'listAuditEvents',
    summary: 'The accounts audit log, newest first: sign-ins, failures, resets, role changes',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiKeyAuth()
  async auditEvents(
    @Query() query: PageQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditEventPageDto> {
    noStore(res);
    const { items, total } = await this.audit.list(query.page, query.perPage);
    return {
      items: items.map((e) => AuditEventDto.from(e)),
      page: query.page,
      perPage: query.perPage,
      total,
    };
  }
}
