import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccountErrorCode } from '../accounts/account-error-codes.js';
import type { Actor } from '../accounts/audit-log.js';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { StaffAccountsService } from '../accounts/staff-accounts.service.js';
import { InviteStaffDto, UpdateStaffDto } from '../accounts/staff-user.dto.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { CONSOLE_ADMIN_UI } from './console-admin-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import {
  type Form,
  formStrings,
  formVersion,
  hasErrorCode,
  validatedForm,
} from './console-forms.js';
import { ConsolePages } from './console-pages.js';
import { PeoplePage, type PeopleState } from './views/people-page.js';

export const PEOPLE_PER_PAGE = 50;
const NOTICES = ['invited', 'saved', 'resent'] as const;
/** Refusals an admin can act on, shown beside the person's row. */
const ROW_REFUSALS: string[] = [
  AccountErrorCode.LastAdmin,
  AccountErrorCode.InvalidStatusChange,
  AccountErrorCode.NotInvited,
];

/** Admins invite people, change their role, disable and enable them. Curators get a 403. */
@ApiExcludeController()
@Controller('console/people')
@UseFilters(ConsoleErrorFilter)
@Roles('admin')
export class ConsolePeopleController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly accounts: StaffAccountsService,
  ) {}

  @Get()
  async list(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('notice') notice: unknown,
    @Query('page') page: unknown,
  ) {
    await this.render(req, res, 200, {
      notice: NOTICES.find((n) => n === notice),
      page: pageNumber(page),
    });
  }

  @Post()
  async invite(@Req() req: AuthenticatedRequest, @Res() res: Response, @Body() form: Form) {
    const values = formStrings(form, ['email', 'displayName', 'role', 'language']);
    try {
      const dto = await validatedForm(InviteStaffDto, {
        ...values,
        language: values.language || undefined,
      });
      await this.accounts.invite({ ...dto, language: dto.language ?? 'ko' }, actorOf(req));
      res.redirect(303, '/console/people?notice=invited');
    } catch (error) {
      const errors: Record<string, string> = {};
      if (error instanceof ValidationFailedError)
        for (const e of error.errors) errors[e.field] ??= e.message;
      else if (hasErrorCode(error, AccountErrorCode.EmailTaken))
        errors.email = (error as DomainError).message;
      else throw error;
      await this.render(req, res, hasErrorCode(error, AccountErrorCode.EmailTaken) ? 409 : 422, {
        invite: { values, errors },
      });
    }
  }

  @Post(':id')
  async update(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() form: Form,
  ) {
    await this.rowChange(req, res, id, 'saved', async () => {
      const dto = await validatedForm(UpdateStaffDto, {
        role: form.role || undefined,
        status: form.status || undefined,
      });
      const version = formVersion(form);
      if (version === undefined)
        throw new ValidationFailedError([{ field: 'version', message: 'reload the page' }]);
      await this.accounts.update(id, { role: dto.role, status: dto.status }, version, actorOf(req));
    });
  }

  @Post(':id/invitation')
  async resend(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ) {
    await this.rowChange(req, res, id, 'resent', async () => {
      await this.accounts.resendInvitation(id, actorOf(req));
    });
  }

  private async rowChange(
    req: AuthenticatedRequest,
    res: Response,
    id: string,
    notice: (typeof NOTICES)[number],
    apply: () => Promise<void>,
  ) {
    try {
      await apply();
      res.redirect(303, `/console/people?notice=${notice}`);
    } catch (error) {
      const lang = req.staffUser!.language;
      const t = CONSOLE_ADMIN_UI[lang].people;
      if (hasErrorCode(error, AccountErrorCode.VersionConflict))
        return this.render(req, res, 409, { rowError: { id, message: t.stale } });
      const known = error instanceof DomainError && ROW_REFUSALS.includes(error.code);
      if (!known && !(error instanceof ValidationFailedError)) throw error;
      await this.render(req, res, known ? 409 : 422, {
        rowError: { id, message: error.message },
      });
    }
  }

  private async render(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    state: Omit<PeopleState, 'users' | 'total' | 'page' | 'perPage'> & { page?: number },
  ) {
    const lang = req.staffUser!.language;
    const page = state.page ?? 1;
    const { items, total } = await this.accounts.list(page, PEOPLE_PER_PAGE);
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_ADMIN_UI[lang].people.title,
      '/console/people',
      <PeoplePage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        me={req.staffUser!.id}
        state={{ ...state, users: items, total, page, perPage: PEOPLE_PER_PAGE }}
      />,
    );
  }
}

/** The signed-in admin, for the accounts audit trail. */
export function actorOf(req: AuthenticatedRequest): Actor & { name: string } {
  return {
    userId: req.staffUser!.id,
    clientAddress: req.ip ?? null,
    name: req.staffUser!.displayName,
  };
}

/** A `page` query value: a whole number from 1 to 1000, else 1. */
export function pageNumber(raw: unknown): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}
