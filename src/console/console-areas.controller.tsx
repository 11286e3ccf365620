import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import { toProblem } from '../common/errors/problem.filter.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { AreaAdminService } from '../taxonomy/area-admin.service.js';
import { AreaErrorCode } from '../taxonomy/area-error-codes.js';
import { CreateAreaDto, RetireAreaDto, UpdateAreaDto } from '../taxonomy/area.dto.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { CONSOLE_ADMIN_UI } from './console-admin-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { type Form, formStrings, formVersion, validatedForm } from './console-forms.js';
import { ConsolePages } from './console-pages.js';
import { type AreaForm, AreasPage, RetireAreaPage } from './views/areas-page.js';

const NOTICES = ['created', 'saved', 'retired'] as const;
/** Where a refusal of the area service shows: beside a field, or above the form. */
const FIELD_OF: Partial<Record<string, string>> = {
  [AreaErrorCode.DuplicateCode]: 'code',
  [AreaErrorCode.InvalidParent]: 'parentCode',
  [AreaErrorCode.HasListings]: 'moveListingsTo',
  [AreaErrorCode.InvalidTarget]: 'moveListingsTo',
};
const FORM_REFUSALS = new Set<string>([
  ...Object.keys(FIELD_OF),
  AreaErrorCode.HasChildren,
  AreaErrorCode.Retired,
  AreaErrorCode.VersionConflict,
]);

/** The taxonomy editor over AreaAdminService, the same rules and re-indexing as the admin API. */
@ApiExcludeController()
@Controller('console/areas')
@UseFilters(ConsoleErrorFilter)
@Roles('admin', 'curator')
export class ConsoleAreasController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly taxonomy: TaxonomyService,
    private readonly areas: AreaAdminService,
  ) {}

  @Get()
  async list(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('notice') notice: unknown,
  ) {
    await this.render(req, res, 200, { notice: NOTICES.find((n) => n === notice) });
  }

  @Post()
  async create(@Req() req: AuthenticatedRequest, @Res() res: Response, @Body() form: Form) {
    const values = formStrings(form, ['code', 'parentCode', 'nameKo', 'nameEn']);
    await this.change(req, res, { target: 'new', values, errors: {} }, 'created', async () => {
      const dto = await validatedForm(CreateAreaDto, {
        ...values,
        parentCode: values.parentCode || undefined,
      });
      await this.areas.create(dto);
    });
  }

  @Post(':code')
  async update(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('code') code: string,
    @Body() form: Form,
  ) {
    const values = formStrings(form, ['nameKo', 'nameEn', 'position', 'parentCode']);
    await this.change(req, res, { target: code, values, errors: {} }, 'saved', async () => {
      const dto = await validatedForm(UpdateAreaDto, {
        nameKo: values.nameKo,
        nameEn: values.nameEn,
        position: values.position === '' ? undefined : Number(values.position),
        parentCode: values.parentCode || undefined,
      });
      await this.areas.update(code, dto, formVersion(form));
    });
  }

  /** Without `confirm=yes`, the confirmation page (with where the listings go); then retired. */
  @Post(':code/retire')
  async retire(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('code') code: string,
    @Body() form: Form,
  ) {
    const values = formStrings(form, ['moveListingsTo']);
    if (form.confirm === 'yes') {
      try {
        const dto = await validatedForm(RetireAreaDto, {
          moveListingsTo: values.moveListingsTo || undefined,
        });
        await this.areas.retire(code, dto, formVersion(form));
        return res.redirect(303, '/console/areas?notice=retired');
      } catch (error) {
        // A missing or wrong target is asked for again on the same page; others go to the tree.
        const target = error instanceof DomainError && FIELD_OF[error.code] === 'moveListingsTo';
        if (!target && !(error instanceof ValidationFailedError)) {
          const form: AreaForm = { target: `retire:${code}`, values, errors: {} };
          return this.refused(req, res, form, error);
        }
        return this.confirmRetire(req, res, code, form, 422, error.message);
      }
    }
    await this.confirmRetire(req, res, code, form, 200);
  }

  private async confirmRetire(
    req: AuthenticatedRequest,
    res: Response,
    code: string,
    form: Form,
    status: number,
    error?: string,
  ) {
    const lang = req.staffUser!.language;
    const [area, tree] = await Promise.all([this.areas.get(code), this.taxonomy.tree('any')]);
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_ADMIN_UI[lang].areas.retireTitle(lang === 'ko' ? area.nameKo : area.nameEn),
      '/console/areas',
      <RetireAreaPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        area={area}
        tree={tree}
        version={String(formVersion(form) ?? area.version)}
        error={error}
      />,
    );
  }

  private async change(
    req: AuthenticatedRequest,
    res: Response,
    form: AreaForm,
    notice: (typeof NOTICES)[number],
    apply: () => Promise<void>,
  ) {
    try {
      await apply();
      res.redirect(303, `/console/areas?notice=${notice}`);
    } catch (error) {
      await this.refused(req, res, form, error);
    }
  }

  /** The tree again with the refused form open, what was typed and why. */
  private async refused(req: AuthenticatedRequest, res: Response, form: AreaForm, error: unknown) {
    if (error instanceof ValidationFailedError) {
      for (const e of error.errors) form.errors[e.field] ??= e.message;
    } else if (error instanceof DomainError && FORM_REFUSALS.has(error.code)) {
      const lang = req.staffUser!.language;
      form.errors[FIELD_OF[error.code] ?? 'form'] =
        error.code === (AreaErrorCode.VersionConflict as string)
          ? CONSOLE_ADMIN_UI[lang].areas.stale
          : error.message;
    } else {
      throw error;
    }
    // Typing errors are 422, as on every console form; the service's refusals keep theirs.
    const status = error instanceof ValidationFailedError ? 422 : toProblem(error).problem.status;
    await this.render(req, res, status, { form });
  }

  private async render(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    state: { notice?: string; form?: AreaForm },
  ) {
    const lang = req.staffUser!.language;
    const tree = await this.taxonomy.tree('any');
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_ADMIN_UI[lang].areas.title,
      '/console/areas',
      <AreasPage lang={lang} csrfToken={req.session.csrfToken!} tree={tree} {...state} />,
    );
  }
}
