import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import { toProblem } from '../common/errors/problem.filter.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { ShowcaseErrorCode } from '../showcases/showcase-error-codes.js';
import {
  CreateShowcaseDto,
  type AdminShowcaseDto,
  UpdateShowcaseDto,
} from '../showcases/showcase.dto.js';
import { ShowcasesService } from '../showcases/showcases.service.js';
import { ShowcasePage } from '../web/views/showcase-page.js';
import type { Lang } from '../web/web-i18n.js';
import { CONSOLE_SHOWCASE_UI } from './console-showcases-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { type Form, formStrings, formVersion, validatedForm } from './console-forms.js';
import { ConsolePages } from './console-pages.js';
import {
  SHOWCASE_FORM_FIELDS,
  ShowcaseConfirmPage,
  ShowcaseEditorPage,
  type ShowcaseEditorState,
  type ShowcaseForm,
  ShowcasesPage,
} from './views/showcases-page.js';

const NOTICES = ['created', 'saved', 'published', 'unpublished', 'deleted'] as const;
type Notice = (typeof NOTICES)[number];
const PER_PAGE = 20;
/** The API's field names → the form's. */
const FORM_FIELD: Record<string, string> = {
  'event.name': 'eventName',
  'event.date': 'eventDate',
  'event.place': 'eventPlace',
  'event.organizer': 'eventOrganizer',
};
const FIELD_OF_CODE: Partial<Record<string, string>> = {
  [ShowcaseErrorCode.DuplicateSlug]: 'slug',
  [ShowcaseErrorCode.SlugLocked]: 'slug',
};

/** The form's strings as the API's body: an event only when any of its fields is filled. */
function toBody(values: Record<string, string>): Record<string, unknown> {
  const optional = (v: string) => (v.trim() ? v : undefined);
  const hasEvent = ['eventName', 'eventDate', 'eventPlace', 'eventOrganizer'].some((f) =>
    values[f].trim(),
  );
  return {
    slug: optional(values.slug),
    titleKo: values.titleKo,
    titleEn: values.titleEn,
    introKo: optional(values.introKo) ?? null,
    introEn: optional(values.introEn) ?? null,
    visibility: optional(values.visibility),
    event: hasEvent
      ? {
          name: values.eventName,
          date: values.eventDate,
          place: optional(values.eventPlace),
          organizer: optional(values.eventOrganizer),
        }
      : null,
  };
}

function valuesOf(s: AdminShowcaseDto): Record<string, string> {
  return {
    slug: s.slug,
    titleKo: s.titleKo,
    titleEn: s.titleEn,
    introKo: s.introKo ?? '',
    introEn: s.introEn ?? '',
    eventName: s.event?.name ?? '',
    eventDate: s.event?.date ?? '',
    eventPlace: s.event?.place ?? '',
    eventOrganizer: s.event?.organizer ?? '',
    visibility: s.visibility,
  };
}

/** Showcases in the console: the list, a new one, and the editor with its listings and report. */
@ApiExcludeController()
@Controller('console/showcases')
@UseFilters(ConsoleErrorFilter)
@Roles('admin', 'curator')
export class ConsoleShowcasesController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly showcases: ShowcasesService,
  ) {}

  @Get()
  async list(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('page') page: unknown,
    @Query('notice') notice: unknown,
  ) {
    const n = Number(page);
    const pageNo = Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
    await this.renderList(req, res, 200, pageNo, { values: {}, errors: {} }, noticeOf(notice));
  }

  @Post()
  async create(@Req() req: AuthenticatedRequest, @Res() res: Response, @Body() body: Form) {
    const values = formStrings(body, SHOWCASE_FORM_FIELDS);
    try {
      const dto = await validatedForm(CreateShowcaseDto, toBody(values));
      const created = await this.showcases.create(dto);
      res.redirect(303, `/console/showcases/${created.id}?notice=created`);
    } catch (error) {
      const form = this.refusal(req, { values, errors: {} }, error);
      await this.renderList(req, res, statusOf(error), 1, form);
    }
  }

  @Get(':id')
  async edit(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('notice') notice: unknown,
  ) {
    const showcase = await this.showcases.get(id);
    await this.renderEditor(req, res, 200, {
      showcase,
      form: { values: valuesOf(showcase), errors: {} },
      notice: noticeOf(notice),
    });
  }

  /** The public page as partners will see it, drafts too; staff only, never cached. */
  @Get(':id/preview')
  async preview(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('lang') asked: unknown,
  ) {
    const { showcase: s, listings } = await this.showcases.findForPreview(id);
    const lang: Lang = asked === 'ko' || asked === 'en' ? asked : req.staffUser!.language;
    const t = CONSOLE_SHOWCASE_UI[lang];
    const base = `/${lang}/showcases/${s.slug}`;
    this.pages.send(
      res,
      lang,
      200,
      `${t.previewTitle}: ${lang === 'ko' ? s.titleKo : s.titleEn}`,
      `/console/showcases/${id}/preview`,
      <>
        <p class="notice preview-banner" role="status">
          {t.previewBanner} <a href={`/console/showcases/${id}`}>{t.backToEditor}</a> ·{' '}
          <a href={`/console/showcases/${id}/preview?lang=${lang === 'ko' ? 'en' : 'ko'}`}>
            {t.previewOther}
          </a>
        </p>
        <ShowcasePage
          lang={lang}
          showcase={s}
          listings={listings}
          base={base}
          listingHref={(tech) => `/console/listings/${tech.id}/preview?lang=${lang}`}
          onePagerHref={(tech) => `/${lang}/technologies/${tech.slug}/one-pager.pdf`}
        />
      </>,
    );
  }

  @Post(':id')
  async update(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    const values = formStrings(body, SHOWCASE_FORM_FIELDS);
    try {
      const dto = await validatedForm(UpdateShowcaseDto, toBody(values));
      await this.showcases.update(id, dto, formVersion(body));
      res.redirect(303, `/console/showcases/${id}?notice=saved`);
    } catch (error) {
      // A stale form: the current showcase with what was typed on top, saved by the next click.
      const form = this.refusal(req, { values, errors: {} }, error);
      await this.renderEditor(req, res, statusOf(error), {
        showcase: await this.showcases.get(id),
        form,
      });
    }
  }

  @Post(':id/listings/add')
  async addListing(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    const ref = formStrings(body, ['listing']).listing.trim();
    await this.changeListings(req, res, id, body, (ids) => [...ids, ref], ref);
  }

  @Post(':id/listings/remove')
  async removeListing(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    const { listing } = formStrings(body, ['listing']);
    await this.changeListings(req, res, id, body, (ids) => ids.filter((i) => i !== listing));
  }

  @Post(':id/listings/move')
  async moveListing(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    const { listing, direction } = formStrings(body, ['listing', 'direction']);
    await this.changeListings(req, res, id, body, (ids) => {
      const from = ids.indexOf(listing);
      const to = from + (direction === 'up' ? -1 : 1);
      if (from < 0 || to < 0 || to >= ids.length) return ids;
      const moved = [...ids];
      [moved[from], moved[to]] = [moved[to], moved[from]];
      return moved;
    });
  }

  @Post(':id/publish')
  publish(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    return this.lifecycle(req, res, id, body, 'publish');
  }

  @Post(':id/unpublish')
  unpublish(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    return this.lifecycle(req, res, id, body, 'unpublish');
  }

  @Post(':id/delete')
  remove(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Form,
  ) {
    return this.lifecycle(req, res, id, body, 'delete');
  }

  /** Without `confirm=yes`, the confirmation page; then the change, or the editor saying why not. */
  private async lifecycle(
    req: AuthenticatedRequest,
    res: Response,
    id: string,
    body: Form,
    action: 'publish' | 'unpublish' | 'delete',
  ) {
    const lang = req.staffUser!.language;
    const showcase = await this.showcases.get(id);
    const version = formVersion(body) ?? showcase.version;
    if (body.confirm !== 'yes') {
      const t = CONSOLE_SHOWCASE_UI[lang];
      const title = lang === 'ko' ? showcase.titleKo : showcase.titleEn;
      const heading = {
        publish: t.confirmPublish,
        unpublish: t.confirmUnpublish,
        delete: t.confirmDelete,
      };
      return this.pages.send(
        res,
        lang,
        200,
        heading[action](title),
        `/console/showcases/${id}`,
        <ShowcaseConfirmPage
          lang={lang}
          csrfToken={req.session.csrfToken!}
          showcase={showcase}
          action={action}
          version={version}
        />,
      );
    }
    try {
      if (action === 'delete') {
        await this.showcases.remove(id, version);
        return res.redirect(303, '/console/showcases?notice=deleted');
      }
      await (action === 'publish'
        ? this.showcases.publish(id, version)
        : this.showcases.unpublish(id, version));
      res.redirect(303, `/console/showcases/${id}?notice=${action}ed`);
    } catch (error) {
      const form = this.refusal(req, { values: valuesOf(showcase), errors: {} }, error);
      await this.renderEditor(req, res, statusOf(error), {
        showcase: await this.showcases.get(id),
        form,
      });
    }
  }

  private async changeListings(
    req: AuthenticatedRequest,
    res: Response,
    id: string,
    body: Form,
    change: (ids: string[]) => string[],
    added?: string,
  ) {
    const showcase = await this.showcases.get(id);
    try {
      const listings = change(showcase.listings.map((l) => l.id));
      const dto = await validatedForm(UpdateShowcaseDto, { listings });
      await this.showcases.update(id, dto, formVersion(body));
      res.redirect(303, `/console/showcases/${id}?notice=saved#sc-listings-heading`);
    } catch (error) {
      const form = this.refusal(req, { values: valuesOf(showcase), errors: {} }, error);
      const message = Object.values(form.errors)[0] ?? '';
      await this.renderEditor(req, res, statusOf(error), {
        showcase: await this.showcases.get(id),
        form: { values: valuesOf(showcase), errors: added === undefined ? form.errors : {} },
        ...(added !== undefined ? { add: { value: added, error: message } } : {}),
      });
    }
  }

  /** A refused change as messages beside the fields (or above the form); other errors go on. */
  private refusal(req: AuthenticatedRequest, form: ShowcaseForm, error: unknown): ShowcaseForm {
    const lang = req.staffUser!.language;
    if (error instanceof ValidationFailedError) {
      for (const e of error.errors) {
        const field = FORM_FIELD[e.field] ?? (e.field.startsWith('listings') ? 'form' : e.field);
        form.errors[field] ??= e.message;
      }
    } else if (error instanceof DomainError && error.code.startsWith('showcase.')) {
      form.errors[FIELD_OF_CODE[error.code] ?? 'form'] =
        error.code === (ShowcaseErrorCode.VersionConflict as string)
          ? CONSOLE_SHOWCASE_UI[lang].stale
          : error.message;
      if (error.code === (ShowcaseErrorCode.NotFound as string)) throw error;
    } else {
      throw error;
    }
    return form;
  }

  private async renderList(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    page: number,
    form: ShowcaseForm,
    notice?: Notice,
  ) {
    const lang = req.staffUser!.language;
    const t = CONSOLE_SHOWCASE_UI[lang];
    this.pages.send(
      res,
      lang,
      status,
      t.title,
      '/console/showcases',
      <ShowcasesPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        page={await this.showcases.list(page, PER_PAGE)}
        form={form}
        notice={notice && t[notice]}
      />,
    );
  }

  private async renderEditor(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    state: Omit<ShowcaseEditorState, 'report' | 'notice'> & { notice?: Notice },
  ) {
    const lang = req.staffUser!.language;
    const t = CONSOLE_SHOWCASE_UI[lang];
    const s = state.showcase;
    this.pages.send(
      res,
      lang,
      status,
      lang === 'ko' ? s.titleKo : s.titleEn,
      `/console/showcases/${s.id}`,
      <ShowcaseEditorPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        state={{
          ...state,
          notice: state.notice && t[state.notice],
          report: await this.showcases.report(s.id),
        }}
      />,
    );
  }
}

function noticeOf(value: unknown): Notice | undefined {
  return NOTICES.find((n) => n === value);
}

/** Typing errors are 422, as on every console form; the service's refusals keep their status. */
function statusOf(error: unknown): number {
  return error instanceof ValidationFailedError ? 422 : toProblem(error).problem.status;
}
