import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import { Public } from '../accounts/roles.decorator.js';
import { RateLimited } from '../common/rate-limit/rate-limit.guard.js';
import { AppConfig } from '../config/app-config.js';
import { InquiryIntakeService } from '../inquiries/inquiry-intake.service.js';
import {
  CreateInquiryDto,
  INQUIRY_SOURCE_PATTERN,
  PartnerMessageDto,
} from '../inquiries/inquiry.dto.js';
import { TechnologiesService } from '../technologies/technologies.service.js';
import { toPublicTechnology } from '../technologies/technology.mapper.js';
import { PageRenderer } from './page-renderer.js';
import {
  INQUIRY_FORM_FIELDS,
  type InquiryFormField,
  type InquiryFormState,
} from './views/inquiry-form.js';
import {
  InquiryStatusPage,
  type InquiryStatusPageProps,
  type StatusNotice,
} from './views/inquiry-status-page.js';
import { ErrorPage } from './views/error-page.js';
import { langOfRequest, WebErrorFilter } from './web-error.filter.js';
import { type Lang, LANGS, UI } from './web-i18n.js';
import { pathsFor, WebCatalog } from './web-catalog.js';

type Form = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const NOTICES: StatusNotice[] = ['sent', 'message-sent', 'withdrawn'];

/** The status page's address for the partner (the token is the only key). */
function statusPath(lang: Lang, reference: string, token: string, notice?: StatusNotice): string {
  const query = new URLSearchParams({ token });
  if (notice) query.set('notice', notice);
  return `/${lang}/inquiries/${encodeURIComponent(reference)}?${query.toString()}`;
}

/**
 * The partner's side of an inquiry in the browser: the form on a listing page, the confirmation,
 * and the status page with messages and withdrawal. The same services (and rate limits) as the
 * API; forms post and redirect (303), so a refresh never sends twice.
 */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(WebErrorFilter)
export class WebInquiriesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly intake: InquiryIntakeService,
    private readonly technologies: TechnologiesService,
    private readonly catalog: WebCatalog,
    private readonly config: AppConfig,
  ) {}

  @Post(LANGS.map((l) => `${l}/technologies/:slug/inquiries`))
  @RateLimited('inquiry-create')
  async create(
    @Param('slug') slug: string,
    @Body() body: Form,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const lang = langOfRequest(req);
    const listing = await this.technologies.findPublished(slug); // 404 unless published
    const { dto, form } = await this.readInquiryForm(body ?? {}, lang);
    if (!dto) {
      return this.catalog.sendListing(res, lang, toPublicTechnology(listing), form, 400);
    }
    const created = await this.intake.create(listing.id, dto);
    if (created.duplicate || !created.statusUrl) {
      const t = UI[lang].inquiry;
      return this.pages.send(
        res,
        {
          lang,
          status: 200,
          caching: 'private',
          meta: { title: t.duplicateTitle, paths: pathsFor(''), noindex: true },
        },
        <ErrorPage lang={lang} title={t.duplicateTitle} message={t.duplicate(created.reference)} />,
      );
    }
    const token = new URL(created.statusUrl).searchParams.get('token') ?? '';
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, statusPath(lang, created.reference, token, 'sent'));
  }

  @Get(LANGS.map((l) => `${l}/inquiries/:reference`))
  @RateLimited('inquiry-follow-up')
  async status(
    @Param('reference') reference: string,
    @Query() query: Form,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const lang = langOfRequest(req);
    const token = text(query.token);
    const notice = NOTICES.find((n) => n === query.notice) ?? null;
    await this.sendStatus(res, lang, reference, token, { notice, errors: {}, values: {} }, 200);
  }

  @Post(LANGS.map((l) => `${l}/inquiries/:reference/messages`))
  @RateLimited('inquiry-follow-up')
  async message(
    @Param('reference') reference: string,
    @Body() body: Form,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const lang = langOfRequest(req);
    const token = text(body?.token);
    const dto = plainToInstance(PartnerMessageDto, { token, message: text(body?.message) });
    const errors = await validate(dto, { whitelist: true });
    if (errors.some((e) => e.property === 'message')) {
      return this.sendStatus(
        res,
        lang,
        reference,
        token,
        {
          notice: null,
          errors: { message: UI[lang].status.messageError },
          values: { message: text(body?.message) },
        },
        400,
      );
    }
    await this.intake.message(reference, dto); // a bad token: 404, like the API
    res.redirect(303, statusPath(lang, reference, token, 'message-sent'));
  }

  @Post(LANGS.map((l) => `${l}/inquiries/:reference/withdraw`))
  @RateLimited('inquiry-follow-up')
  async withdraw(
    @Param('reference') reference: string,
    @Body() body: Form,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const lang = langOfRequest(req);
    const token = text(body?.token);
    const note = text(body?.message).trim();
    if (text(body?.confirm) !== 'yes') {
      return this.sendStatus(
        res,
        lang,
        reference,
        token,
        {
          notice: null,
          errors: { withdraw: UI[lang].status.withdrawError },
          values: { withdrawNote: note },
        },
        400,
      );
    }
    await this.intake.withdraw(reference, { token, ...(note ? { message: note } : {}) });
    res.redirect(303, statusPath(lang, reference, token, 'withdrawn'));
  }

  private async sendStatus(
    res: Response,
    lang: Lang,
    reference: string,
    token: string,
    page: Pick<InquiryStatusPageProps, 'notice' | 'errors' | 'values'>,
    status: number,
  ) {
    const inquiry = await this.intake.view(reference, token); // 404 for a wrong token or reference
    const path = `/inquiries/${inquiry.reference}?token=${encodeURIComponent(token)}`;
    this.pages.send(
      res,
      {
        lang,
        status,
        caching: 'private',
        meta: {
          title: UI[lang].status.title(inquiry.reference),
          paths: pathsFor(path),
          noindex: true,
        },
      },
      <InquiryStatusPage
        lang={lang}
        inquiry={inquiry}
        token={token}
        statusUrl={`${this.config.baseUrl}/${lang}${path}`}
        {...page}
      />,
    );
  }

  /**
   * The form as the API's CreateInquiryDto, checked by the same rules; on failure, what was typed
   * and a message per field in the reader's language.
   */
  private async readInquiryForm(
    body: Form,
    lang: Lang,
  ): Promise<{ dto: CreateInquiryDto | null; form: InquiryFormState }> {
    const values: InquiryFormState['values'] = {};
    for (const field of INQUIRY_FORM_FIELDS) values[field] = text(body[field]);
    const optional = (v: string | undefined) => (v && v.trim() ? v : undefined);
    // A hidden field: a value that is not a source is dropped, never shown as an error.
    const source = INQUIRY_SOURCE_PATTERN.test(text(body.source)) ? text(body.source) : undefined;
    const dto = plainToInstance(CreateInquiryDto, {
      name: values.name,
      email: values.email,
      organization: values.organization,
      country: values.country,
      role: optional(values.role),
      phone: optional(values.phone),
      interest: values.interest,
      message: values.message,
      consent: values.consent === 'yes',
      language: lang,
      source,
      website: body.website,
    });
    const failures = await validate(dto, { whitelist: true });
    if (failures.length === 0) return { dto, form: { values, errors: {}, source } };
    const t = UI[lang].inquiry.errors;
    const errors: InquiryFormState['errors'] = {};
    for (const failure of failures) {
      const field = failure.property as InquiryFormField;
      if (INQUIRY_FORM_FIELDS.includes(field)) errors[field] = t[field] ?? t.other;
    }
    return { dto: null, form: { values, errors, source } };
  }
}
