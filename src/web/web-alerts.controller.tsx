import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isEmail } from 'class-validator';
import type { Request, Response } from 'express';
import type { VNode } from 'preact';
import { Public } from '../accounts/roles.decorator.js';
import { AlertErrorCode } from '../alerts/alert-error-codes.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { ALERT_CADENCES, type AlertCadence } from '../alerts/saved-search.entity.js';
import { DomainError } from '../common/errors/domain-error.js';
import { UUID_PATTERN } from '../common/validation/uuid.js';
import { RateLimited } from '../common/rate-limit/rate-limit.guard.js';
import { ALERT_UI } from './alert-i18n.js';
import { PageRenderer } from './page-renderer.js';
import {
  AlertNoticePage,
  FollowPage,
  type FollowFormState,
  ManagePage,
  UnsubscribePage,
} from './views/alert-pages.js';
import { pathsFor } from './web-catalog.js';
import { langOfRequest, WebErrorFilter } from './web-error.filter.js';
import { type Lang, LANGS } from './web-i18n.js';
import { parseSearchState, type SearchState, searchHref } from './web-search-state.js';

type Form = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const cadenceOf = (value: unknown): AlertCadence =>
  ALERT_CADENCES.find((c) => c === value) ?? 'weekly';
const MANAGE_NOTICES = ['cadence', 'removed', 'removed-all'] as const;
type ManageNotice = (typeof MANAGE_NOTICES)[number];

const paths = (page: string) => LANGS.map((l) => `${l}/alerts${page}`);

/**
 * A partner's e-mail alerts in the browser: follow a search (from its results page), confirm
 * from the mail, unsubscribe (RFC 8058 one-click POST, or a button behind the link), and manage
 * every alert of the address. Every page is private (no-store, noindex).
 */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(WebErrorFilter)
export class WebAlertsController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly alerts: AlertsService,
  ) {}

  @Get(paths('/new'))
  async newAlert(@Req() req: Request, @Res() res: Response, @Query() raw: Form) {
    const lang = langOfRequest(req);
    const { state } = await parseSearchState(raw);
    await this.sendFollowPage(res, lang, state, {}, 200);
  }

  @Post(paths(''))
  @RateLimited('alert-create')
  async follow(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOfRequest(req);
    const { state } = await parseSearchState(body ?? {});
    const email = text(body?.email).trim().toLowerCase();
    const cadence = cadenceOf(body?.cadence);
    const t = ALERT_UI[lang];
    if (!isEmail(email) || email.length > 254) {
      return this.sendFollowPage(res, lang, state, { email, cadence, error: t.emailError }, 400);
    }
    try {
      await this.alerts.follow({
        email,
        language: lang,
        cadence,
        query: state,
        website: body?.website,
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === (AlertErrorCode.TooMany as string))
        return this.sendFollowPage(res, lang, state, { email, cadence, error: t.tooMany }, 422);
      throw error;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, `/${lang}/alerts/requested`);
  }

  @Get(paths('/requested'))
  requested(@Req() req: Request, @Res() res: Response, @Query() _query: Form) {
    const lang = langOfRequest(req);
    const t = ALERT_UI[lang];
    this.send(
      res,
      lang,
      '/alerts/requested',
      t.requestedTitle,
      200,
      <AlertNoticePage lang={lang} title={t.requestedTitle} message={t.requested} />,
    );
  }

  @Get(paths('/confirm'))
  @RateLimited('alert-link')
  async confirm(@Req() req: Request, @Res() res: Response, @Query() query: Form) {
    const lang = langOfRequest(req);
    const t = ALERT_UI[lang];
    const { alert, manageToken } = await this.alerts.confirm(query.token);
    const description = await this.alerts.describe(alert.query, lang);
    this.send(
      res,
      lang,
      managePath(lang, manageToken).slice(3),
      t.confirmedTitle,
      200,
      <AlertNoticePage
        lang={lang}
        title={t.confirmedTitle}
        message={t.confirmed(t.cadences[alert.cadence])}
        description={description}
        links={[{ href: managePath(lang, manageToken), label: t.manageLink }]}
      />,
    );
  }

  @Get(paths('/unsubscribe'))
  @RateLimited('alert-link')
  async unsubscribePage(@Req() req: Request, @Res() res: Response, @Query() query: Form) {
    const lang = langOfRequest(req);
    const t = ALERT_UI[lang];
    const token = text(query.token);
    const alert = await this.alerts.alertOfUnsubscribeLink(token);
    if (!alert) return this.sendUnsubscribed(res, lang);
    const description = await this.alerts.describe(alert.query, lang);
    this.send(
      res,
      lang,
      `/alerts/unsubscribe?token=${encodeURIComponent(token)}`,
      t.unsubscribeTitle,
      200,
      <UnsubscribePage lang={lang} token={token} description={description} />,
    );
  }

  /**
   * RFC 8058 one-click (the mail client POSTs `List-Unsubscribe=One-Click`, from anywhere, so no
   * same-site check: the token is the authority) and the page's own button.
   */
  @Post(paths('/unsubscribe'))
  @HttpCode(200)
  @RateLimited('alert-link')
  async unsubscribe(@Req() req: Request, @Res() res: Response, @Query() query: Form) {
    const lang = langOfRequest(req);
    await this.alerts.unsubscribeByLink(query.token);
    this.sendUnsubscribed(res, lang);
  }

  @Get(paths('/manage'))
  @RateLimited('alert-link')
  async manage(@Req() req: Request, @Res() res: Response, @Query() query: Form) {
    const lang = langOfRequest(req);
    const notice = MANAGE_NOTICES.find((n) => n === query.notice);
    await this.sendManage(res, lang, text(query.token), notice);
  }

  @Post(paths('/manage/cadence'))
  @RateLimited('alert-link')
  async setCadence(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOfRequest(req);
    const token = text(body?.token);
    const id = text(body?.alert);
    const cadence = ALERT_CADENCES.find((c) => c === body?.cadence);
    if (!UUID_PATTERN.test(id) || !cadence)
      return this.sendManage(res, lang, token, undefined, 400);
    await this.alerts.setCadence(token, id, cadence);
    res.redirect(303, managePath(lang, token, 'cadence'));
  }

  @Post(paths('/manage/unsubscribe'))
  @RateLimited('alert-link')
  async unsubscribeOne(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOfRequest(req);
    const token = text(body?.token);
    const id = text(body?.alert);
    if (!UUID_PATTERN.test(id)) return this.sendManage(res, lang, token, undefined, 400);
    await this.alerts.unsubscribe(token, id);
    res.redirect(303, managePath(lang, token, 'removed'));
  }

  @Post(paths('/manage/unsubscribe-all'))
  @RateLimited('alert-link')
  async unsubscribeAll(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOfRequest(req);
    const token = text(body?.token);
    await this.alerts.unsubscribeAll(token);
    res.redirect(303, managePath(lang, token, 'removed-all'));
  }

  private async sendManage(
    res: Response,
    lang: Lang,
    token: string,
    notice: ManageNotice | undefined,
    status = 200,
  ) {
    const t = ALERT_UI[lang];
    const alerts = await this.alerts.manage(token, lang);
    const message = notice
      ? { cadence: t.updatedCadence, removed: t.removed, 'removed-all': t.removedAll }[notice]
      : undefined;
    this.send(
      res,
      lang,
      managePath(lang, token).slice(3),
      t.manageTitle,
      status,
      <ManagePage lang={lang} token={token} alerts={alerts} notice={message} />,
    );
  }

  private sendUnsubscribed(res: Response, lang: Lang) {
    const t = ALERT_UI[lang];
    this.send(
      res,
      lang,
      '/technologies',
      t.unsubscribedTitle,
      200,
      <AlertNoticePage lang={lang} title={t.unsubscribedTitle} message={t.unsubscribed} />,
    );
  }

  private async sendFollowPage(
    res: Response,
    lang: Lang,
    state: SearchState,
    form: FollowFormState,
    status: number,
  ) {
    const description = await this.alerts.describe(state, lang);
    this.send(
      res,
      lang,
      followPath(state),
      ALERT_UI[lang].newTitle,
      status,
      <FollowPage lang={lang} state={state} description={description} form={form} />,
    );
  }

  /** A private page; `path` (within a language) is where the language switch leads. */
  private send(
    res: Response,
    lang: Lang,
    path: string,
    title: string,
    status: number,
    body: VNode,
  ) {
    this.pages.send(
      res,
      { lang, status, caching: 'private', meta: { title, paths: pathsFor(path), noindex: true } },
      body,
    );
  }
}

/** The follow page of a search, within a language. */
function followPath(state: SearchState): string {
  const results = searchHref('en', { ...state, page: 1, sort: 'relevance' }).slice(3);
  return results.replace('/technologies', '/alerts/new');
}

function managePath(lang: Lang, token: string, notice?: ManageNotice): string {
  const query = new URLSearchParams({ token });
  if (notice) query.set('notice', notice);
  return `/${lang}/alerts/manage?${query.toString()}`;
}
