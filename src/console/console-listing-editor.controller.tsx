import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { CreatePatentDto, UpdatePatentDto } from '../patents/patent.dto.js';
import { PatentsService } from '../patents/patents.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { CreateTechnologyDto, UpdateTechnologyDto } from '../technologies/technology.dto.js';
import { TechnologyErrorCode } from '../technologies/technology-error-codes.js';
import {
  allowedActions,
  type LifecycleAction,
  publishBlockers,
} from '../technologies/technology-lifecycle.js';
import { ListingPage } from '../web/views/listing-page.js';
import type { Lang } from '../web/web-i18n.js';
import { toPublicTechnology } from '../technologies/technology.mapper.js';
import { listingActorOf } from '../technologies/listing-actor.js';
import { CONSOLE_UI } from './console-i18n.js';
import { type Form, formVersion, hasErrorCode, validatedForm } from './console-forms.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { ConsolePages } from './console-pages.js';
import {
  changedFields,
  decodeOriginal,
  EMPTY_LISTING_FORM,
  encodeOriginal,
  formValuesFrom,
  formValuesOf,
  listingBody,
  mergedForm,
  type ListingFormValues,
  patentBody,
  patentFormValues,
} from './listing-form.js';
import {
  type EditorState,
  ListingConfirmPage,
  ListingEditorPage,
} from './views/listing-editor-page.js';

const NOTICES = [
  'created',
  'saved',
  'patents',
  'publish',
  'unpublish',
  'archive',
  'restore',
] as const;
const ACTIONS: LifecycleAction[] = ['publish', 'unpublish', 'archive', 'restore'];
const isCode = hasErrorCode;

/**
 * Creating and editing a listing in the browser: both languages side by side, errors beside
 * each field with everything typed kept, the publish checklist, the lifecycle steps with a
 * confirmation, and a conflict screen when someone else saved first. Every write goes through
 * TechnologiesService, the one listing write path the API uses too.
 */
@ApiExcludeController()
@Controller('console/listings')
@UseFilters(ConsoleErrorFilter)
export class ConsoleListingEditorController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly technologies: TechnologiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly patents: PatentsService,
  ) {}

  @Get('new')
  @Roles('admin', 'curator')
  async newListing(@Req() req: AuthenticatedRequest, @Res() res: Response) {
    await this.render(req, res, 200, { values: EMPTY_LISTING_FORM, errors: {} });
  }

  @Post('new')
  @Roles('admin', 'curator')
  async create(@Req() req: AuthenticatedRequest, @Res() res: Response, @Body() form: Form) {
    const values = formValuesFrom(form);
    try {
      const dto = await validatedForm(CreateTechnologyDto, listingBody(values, true));
      const created = await this.technologies.create(dto, listingActorOf(req.principal!));
      res.redirect(303, `/console/listings/${created.id}?notice=created`);
    } catch (error) {
      const errors = this.fieldErrorsOf(error);
      await this.render(req, res, 422, { values, errors });
    }
  }

  @Get(':id')
  @Roles('admin', 'curator')
  async edit(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('notice') notice: unknown,
  ) {
    const technology = await this.technologies.findById(id);
    const values = formValuesOf(technology);
    const known = NOTICES.find((n) => n === notice);
    await this.render(req, res, 200, { values, errors: {}, technology, notice: known });
  }

  /** The public page exactly as partners would see it, for staff only (drafts too); never cached. */
  @Get(':id/preview')
  @Roles('admin', 'curator')
  async preview(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('lang') asked: unknown,
  ) {
    const technology = await this.technologies.findById(id);
    const lang: Lang = asked === 'ko' || asked === 'en' ? asked : req.staffUser!.language;
    const t = CONSOLE_UI[lang].editor;
    this.pages.send(
      res,
      lang,
      200,
      `${t.previewTitle}: ${(lang === 'ko' ? technology.titleKo : technology.titleEn) ?? technology.referenceCode}`,
      `/console/listings/${id}/preview`,
      <>
        <p class="notice preview-banner" role="status">
          {t.previewBanner} <a href={`/console/listings/${id}`}>{t.backToEditor}</a> ·{' '}
          <a href={`/console/listings/${id}/preview?lang=${lang === 'ko' ? 'en' : 'ko'}`}>
            {t.previewOther}
          </a>
        </p>
        <ListingPage
          lang={lang}
          technology={toPublicTechnology(technology)}
          related={[]}
          form={{ values: {}, errors: {} }}
        />
      </>,
    );
  }

  @Post(':id')
  @Roles('admin', 'curator')
  async save(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() form: Form,
  ) {
    const technology = await this.technologies.findById(id);
    const values = formValuesFrom(form);
    const version = formVersion(form);
    try {
      const dto = await validatedForm(UpdateTechnologyDto, listingBody(values, false));
      await this.technologies.update(id, dto, version, listingActorOf(req.principal!));
      res.redirect(303, `/console/listings/${id}?notice=saved`);
    } catch (error) {
      if (isCode(error, TechnologyErrorCode.VersionConflict)) {
        // Someone saved first: show what they changed since this form was loaded, beside ours.
        const theirs = formValuesOf(technology);
        const original = decodeOriginal(form.original) ?? values;
        return this.render(req, res, 409, {
          values: mergedForm(original, values, theirs),
          errors: {},
          technology,
          conflict: {
            theirs,
            fields: changedFields(original, theirs),
            mine: changedFields(original, values),
          },
        });
      }
      const errors = this.fieldErrorsOf(error);
      const shown = {
        ...technology,
        version: version ?? technology.version,
      };
      await this.render(req, res, 422, {
        values,
        errors,
        technology: shown,
        original: decodeOriginal(form.original) ?? undefined,
      });
    }
  }

  @Post(':id/lifecycle')
  @Roles('admin', 'curator')
  async lifecycle(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() form: Form,
  ) {
    const lang = req.staffUser!.language;
    const technology = await this.technologies.findById(id);
    const action = ACTIONS.find((a) => a === form.action);
    if (!action) throw new ValidationFailedError([{ field: 'action', message: 'unknown action' }]);
    const version = formVersion(form);
    if (form.confirm !== 'yes') {
      return this.pages.send(
        res,
        lang,
        200,
        CONSOLE_UI[lang].editor.confirmTitle[action],
        `/console/listings/${id}`,
        <ListingConfirmPage
          lang={lang}
          technology={technology}
          action={action}
          version={version}
          csrfToken={req.session.csrfToken!}
        />,
      );
    }
    try {
      await this.technologies.transition(id, action, version, listingActorOf(req.principal!));
      res.redirect(303, `/console/listings/${id}?notice=${action}`);
    } catch (error) {
      const values = formValuesOf(technology);
      const stale = isCode(error, TechnologyErrorCode.VersionConflict);
      await this.render(req, res, stale ? 409 : 422, {
        values,
        errors: stale ? {} : this.fieldErrorsOf(error),
        technology,
        failure: stale ? 'stale' : 'lifecycle',
      });
    }
  }

  @Post(':id/patents')
  @Roles('admin', 'curator')
  async addPatent(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() form: Form,
  ) {
    await this.patentChange(req, res, id, 'new', form, async (version) => {
      const dto = await validatedForm(CreatePatentDto, patentBody(form, true));
      await this.patents.add(id, dto, version, listingActorOf(req.principal!));
    });
  }

  @Post(':id/patents/:patentId')
  @Roles('admin', 'curator')
  async updatePatent(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Param('patentId') patentId: string,
    @Body() form: Form,
  ) {
    await this.patentChange(req, res, id, patentId, form, async (version) => {
      if (form.remove === 'yes')
        return this.patents.remove(id, patentId, version, listingActorOf(req.principal!));
      const dto = await validatedForm(UpdatePatentDto, patentBody(form, false));
      await this.patents.update(id, patentId, dto, version, listingActorOf(req.principal!));
    });
  }

  /** A patent added, changed or removed; on a refusal the editor comes back with that form's errors. */
  private async patentChange(
    req: AuthenticatedRequest,
    res: Response,
    id: string,
    target: string,
    form: Form,
    change: (version: number | undefined) => Promise<unknown>,
  ) {
    const technology = await this.technologies.findById(id);
    try {
      await change(formVersion(form));
      res.redirect(303, `/console/listings/${id}?notice=patents#patents-heading`);
    } catch (error) {
      const values = formValuesOf(technology);
      if (isCode(error, TechnologyErrorCode.VersionConflict))
        return this.render(req, res, 409, { values, errors: {}, technology, failure: 'stale' });
      const errors = this.fieldErrorsOf(error, true);
      await this.render(req, res, 422, {
        values,
        errors: {},
        technology,
        patentForm: { target, values: patentFormValues(form), errors },
      });
    }
  }

  /** Field → message, from the API's validation or a rule the service enforces. */
  private fieldErrorsOf(error: unknown, patent = false): Record<string, string> {
    if (error instanceof ValidationFailedError) {
      const out: Record<string, string> = {};
      // A patent's own errors are named patent.number (or patent[0].number) by its builder.
      for (const e of error.errors)
        out[(patent ? e.field.replace(/^patents?(\[\d+\])?\./, '') : e.field).split(/[.[]/)[0]] ??=
          e.message;
      return out;
    }
    if (isCode(error, TechnologyErrorCode.DuplicateReferenceCode))
      return { referenceCode: (error as DomainError).message };
    throw error;
  }

  private async render(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    state: Omit<EditorState, 'checklist' | 'actions' | 'areas' | 'original'> & {
      original?: ListingFormValues;
    },
  ) {
    const lang: Lang = req.staffUser!.language;
    const areas = await this.taxonomy.tree('any');
    const t = state.technology;
    const checklist = publishBlockers({
      titleKo: state.values.titleKo || null,
      titleEn: state.values.titleEn || null,
      summaryKo: state.values.summaryKo || null,
      summaryEn: state.values.summaryEn || null,
      areaCodes: state.values.areaCodes,
      trl: state.values.trl ? Number(state.values.trl) : null,
      stage: state.values.stage || null,
      licenseTypes: state.values.licenseTypes,
    }).map((b) => b.field);
    const original = state.original ?? (state.conflict ? state.conflict.theirs : state.values);
    const title = t
      ? ((lang === 'ko' ? t.titleKo : t.titleEn) ?? t.referenceCode)
      : CONSOLE_UI[lang].editor.newTitle;
    this.pages.send(
      res,
      lang,
      status,
      title,
      t ? `/console/listings/${t.id}` : '/console/listings/new',
      <ListingEditorPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        state={{
          ...state,
          areas,
          checklist,
          actions: t ? allowedActions(t.status) : [],
          original: encodeOriginal(original),
        }}
      />,
    );
  }
}
