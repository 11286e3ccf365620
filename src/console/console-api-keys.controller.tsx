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
import { CreateApiKeyDto } from '../accounts/api-key.dto.js';
import { ApiKeysService } from '../accounts/api-keys.service.js';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { CONSOLE_ADMIN_UI } from './console-admin-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { type Form, formStrings, validatedForm } from './console-forms.js';
import { ConsolePages } from './console-pages.js';
import { pageNumber } from './console-people.controller.js';
import { ApiKeysPage, type ApiKeysState, RevokeKeyPage } from './views/api-keys-page.js';

const KEYS_PER_PAGE = 50;

/** Admins create API keys (the secret is shown once, in the answer to the form) and revoke them. */
@ApiExcludeController()
@Controller('console/api-keys')
@UseFilters(ConsoleErrorFilter)
@Roles('admin')
export class ConsoleApiKeysController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly keys: ApiKeysService,
  ) {}

  @Get()
  async list(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('notice') notice: unknown,
    @Query('page') page: unknown,
  ) {
    await this.render(req, res, 200, {
      notice: notice === 'revoked' ? 'revoked' : undefined,
      page: pageNumber(page),
    });
  }

  @Post()
  async create(@Req() req: AuthenticatedRequest, @Res() res: Response, @Body() form: Form) {
    const values = formStrings(form, ['name', 'role']);
    try {
      const dto = await validatedForm(CreateApiKeyDto, values);
      const { apiKey, secret } = await this.keys.create(dto.name, dto.role);
      // The one time the secret exists outside its hash: this page, never cached.
      await this.render(req, res, 201, { created: { name: apiKey.name, secret } });
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      const errors: Record<string, string> = {};
      for (const e of error.errors) errors[e.field] ??= e.message;
      await this.render(req, res, 422, { form: { values, errors } });
    }
  }

  /** Without `confirm=yes`, the confirmation page; with it, the key stops working at once. */
  @Post(':id/revoke')
  async revoke(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() form: Form,
  ) {
    const lang = req.staffUser!.language;
    if (form.confirm !== 'yes') {
      const key = await this.keys.get(id);
      return this.pages.send(
        res,
        lang,
        200,
        CONSOLE_ADMIN_UI[lang].keys.confirmRevoke(key.name),
        '/console/api-keys',
        <RevokeKeyPage lang={lang} csrfToken={req.session.csrfToken!} apiKey={key} />,
      );
    }
    await this.keys.revoke(id);
    res.redirect(303, '/console/api-keys?notice=revoked');
  }

  private async render(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    state: Omit<ApiKeysState, 'keys' | 'total' | 'page' | 'perPage'> & { page?: number },
  ) {
    const lang = req.staffUser!.language;
    const page = state.page ?? 1;
    const { items, total } = await this.keys.list(page, KEYS_PER_PAGE);
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_ADMIN_UI[lang].keys.title,
      '/console/api-keys',
      <ApiKeysPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        state={{ ...state, keys: items, total, page, perPage: KEYS_PER_PAGE }}
      />,
    );
  }
}
