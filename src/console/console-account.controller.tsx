import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isEmail } from 'class-validator';
import type { Request, Response } from 'express';
import type { VNode } from 'preact';
import { AccountErrorCode } from '../accounts/account-error-codes.js';
import type { Actor } from '../accounts/audit-log.js';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { looksLikeOneTimeToken } from '../accounts/one-time-token.js';
import type { PasswordProblem } from '../accounts/password-policy.js';
import { Public, Roles } from '../accounts/roles.decorator.js';
import { SignInService } from '../accounts/sign-in.service.js';
import { StaffAccountsService } from '../accounts/staff-accounts.service.js';
import { StaffSessions } from '../accounts/staff-sessions.js';
import type { StaffTokenPurpose } from '../accounts/staff-token.entity.js';
import { STAFF_LANGUAGES, type StaffLanguage } from '../accounts/staff-user.entity.js';
import { CommonErrorCode } from '../common/errors/common-error-codes.js';
import { DomainError } from '../common/errors/domain-error.js';
import { clientKey } from '../common/rate-limit/client-address.js';
import { enforceRateLimit } from '../common/rate-limit/rate-limit.guard.js';
import { RateLimits } from '../common/rate-limit/rate-limits.js';
import { type Lang, preferredLang } from '../web/web-i18n.js';
import { ConsoleDashboardRepository } from './console-dashboard.repository.js';
import { CONSOLE_UI } from './console-i18n.js';
import { ConsolePages } from './console-pages.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { type AccountField, AccountFormPage } from './views/account-form-page.js';
import { ConsoleHomePage } from './views/console-home-page.js';

type Form = Record<string, unknown>;
const hasCode = (error: DomainError, code: string) => error.code === code;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const NOTICES = [
  'signed-out',
  'session-ended',
  'password-set',
  'setup-done',
  'reset-sent',
] as const;
type Notice = (typeof NOTICES)[number];

/** Where to go after sign-in: only a console path of this site, never another origin. */
function safeNext(next: unknown): string {
  const path = text(next);
  return /^\/console(?:[/?][A-Za-z0-9\-._~/?=&%+]*)?$/.test(path) && !path.includes('//')
    ? path
    : '/console';
}

/**
 * Signing in and out, the first admin's setup, accepting an invitation and resetting a
 * password: server-rendered forms that post and redirect (303), in Korean or English
 * (`lang`, else the browser's language; the signed-in user's own setting once known).
 */
@ApiExcludeController()
@Controller('console')
@UseFilters(ConsoleErrorFilter)
export class ConsoleAccountController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly accounts: StaffAccountsService,
    private readonly signIn: SignInService,
    private readonly sessions: StaffSessions,
    private readonly limits: RateLimits,
    private readonly dashboard: ConsoleDashboardRepository,
  ) {}

  @Get()
  @Roles('admin', 'curator')
  async home(@Req() req: AuthenticatedRequest, @Res() res: Response) {
    const user = req.staffUser!;
    const now = new Date();
    const overview = await this.dashboard.overview(now);
    this.send(
      res,
      user.language,
      200,
      CONSOLE_UI[user.language].home.title,
      '/console',
      <ConsoleHomePage
        lang={user.language}
        user={user}
        csrfToken={req.session.csrfToken!}
        overview={overview}
        now={now}
      />,
      true,
    );
  }

  @Get('sign-in')
  @Public()
  async signInPage(@Query() query: Form, @Req() req: Request, @Res() res: Response) {
    if (await this.signIn.userOf(req)) return res.redirect(303, safeNext(query.next));
    const lang = langOf(req, query);
    const notice = NOTICES.find((n) => n === query.notice);
    this.sendSignIn(res, lang, 200, {
      email: text(query.email),
      next: text(query.next),
      notice: notice && { kind: 'info', text: noticeText(lang, notice) },
    });
  }

  @Post('sign-in')
  @Public()
  async signInSubmit(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, body);
    const t = CONSOLE_UI[lang];
    const email = text(body.email).trim();
    const password = text(body.password);
    const next = text(body.next);
    const errors = {
      email: isEmail(email) ? undefined : t.invalidEmail,
      password: password ? undefined : t.required,
    };
    if (errors.email || errors.password) {
      return this.sendSignIn(res, lang, 400, { email, next, errors });
    }
    try {
      const user = await this.signIn.signIn(email, password, actorOf(req));
      await this.sessions.start(req, user);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (hasCode(error, AccountErrorCode.SignInFailed)) {
        return this.sendSignIn(res, lang, 401, {
          email,
          next,
          notice: { kind: 'error', text: t.signIn.failed },
        });
      }
      if (hasCode(error, CommonErrorCode.RateLimited)) {
        const seconds = Number(error.extensions.retryAfterSeconds ?? 60);
        res.setHeader('Retry-After', String(seconds));
        return this.sendSignIn(res, lang, 429, {
          email,
          next,
          notice: { kind: 'error', text: t.signIn.tooMany(Math.max(1, Math.ceil(seconds / 60))) },
        });
      }
      throw error;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, safeNext(next));
  }

  @Post('sign-out')
  @Roles('admin', 'curator')
  async signOut(@Req() req: AuthenticatedRequest, @Res() res: Response) {
    const lang = req.staffUser!.language;
    await this.signIn.signOut(req, res, actorOf(req));
    res.redirect(303, `/console/sign-in?notice=signed-out&lang=${lang}`);
  }

  @Post('sign-out-everywhere')
  @Roles('admin', 'curator')
  async signOutEverywhere(@Req() req: AuthenticatedRequest, @Res() res: Response) {
    const user = req.staffUser!;
    await this.signIn.signOutEverywhere(user, actorOf(req));
    await this.sessions.end(req, res);
    res.redirect(303, `/console/sign-in?notice=signed-out&lang=${user.language}`);
  }

  @Get('setup')
  @Public()
  async setupPage(@Query() query: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, query);
    const token = await this.openToken(res, lang, query.token, 'setup');
    if (token) this.sendSetup(res, lang, 200, token, {});
  }

  @Post('setup')
  @Public()
  async setupSubmit(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, body);
    const t = CONSOLE_UI[lang];
    const token = text(body.token);
    const values = {
      email: text(body.email).trim(),
      displayName: text(body.displayName).trim().slice(0, 100),
      language: toLanguage(body.language) ?? lang,
    };
    const errors = {
      email: isEmail(values.email) ? undefined : t.invalidEmail,
      displayName: values.displayName ? undefined : t.required,
    };
    if (errors.email || errors.displayName)
      return this.sendSetup(res, lang, 400, token, values, errors);
    await this.passwordStep(
      res,
      lang,
      async () => {
        const user = await this.accounts.completeSetup(
          token,
          { ...values, password: text(body.password) },
          actorOf(req),
        );
        redirectToSignIn(res, user.language, 'password-set', user.email);
      },
      (problem) => this.sendSetup(res, lang, 422, token, values, { password: problem }),
    );
  }

  @Get('invitation')
  @Public()
  async invitationPage(@Query() query: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, query);
    const token = await this.openToken(res, lang, query.token, 'invitation');
    if (!token) return;
    const user = await this.accounts.openLink(token, 'invitation');
    if (user && user !== 'setup')
      this.sendInvitation(res, lang, 200, token, user.email, user.displayName);
  }

  @Post('invitation')
  @Public()
  async invitationSubmit(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, body);
    const token = text(body.token);
    const displayName = text(body.displayName).trim().slice(0, 100);
    const email = text(body.email).slice(0, 254);
    if (!displayName) {
      return this.sendInvitation(res, lang, 400, token, email, displayName, {
        displayName: CONSOLE_UI[lang].required,
      });
    }
    await this.passwordStep(
      res,
      lang,
      async () => {
        const user = await this.accounts.acceptInvitation(
          token,
          { password: text(body.password), displayName, language: lang },
          actorOf(req),
        );
        redirectToSignIn(res, user.language, 'password-set', user.email);
      },
      (problem) =>
        this.sendInvitation(res, lang, 422, token, email, displayName, { password: problem }),
    );
  }

  @Get('forgot-password')
  @Public()
  forgotPage(@Query() query: Form, @Req() req: Request, @Res() res: Response) {
    this.sendForgot(res, langOf(req, query), 200, text(query.email));
  }

  @Post('forgot-password')
  @Public()
  async forgotSubmit(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, body);
    const email = text(body.email).trim();
    if (!isEmail(email)) {
      return this.sendForgot(res, lang, 400, email, CONSOLE_UI[lang].invalidEmail);
    }
    await enforceRateLimit(this.limits, 'password-reset', clientKey(req.ip), res);
    await this.accounts.requestPasswordReset(email, actorOf(req));
    // The same answer whether or not the address has an account.
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, `/console/sign-in?notice=reset-sent&lang=${lang}`);
  }

  @Get('reset-password')
  @Public()
  async resetPage(@Query() query: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, query);
    const token = await this.openToken(res, lang, query.token, 'reset');
    if (token) this.sendReset(res, lang, 200, token);
  }

  @Post('reset-password')
  @Public()
  async resetSubmit(@Body() body: Form, @Req() req: Request, @Res() res: Response) {
    const lang = langOf(req, body);
    const token = text(body.token);
    await this.passwordStep(
      res,
      lang,
      async () => {
        const user = await this.accounts.resetPassword(token, text(body.password), actorOf(req));
        redirectToSignIn(res, user.language, 'password-set', user.email);
      },
      (problem) => this.sendReset(res, lang, 422, token, problem),
    );
  }

  /** Runs a step that sets a password: a weak one shows the form again, a dead link its page. */
  private async passwordStep(
    res: Response,
    lang: Lang,
    step: () => Promise<void>,
    weak: (problem: string) => void,
  ): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (hasCode(error, AccountErrorCode.WeakPassword)) {
        return weak(CONSOLE_UI[lang].password[error.extensions.reason as PasswordProblem]);
      }
      if (hasCode(error, AccountErrorCode.LinkInvalid)) return this.sendLinkInvalid(res, lang);
      if (hasCode(error, AccountErrorCode.SetupDone)) {
        return redirectToSignIn(res, lang, 'setup-done');
      }
      throw error;
    }
  }

  /** The token when the link still works; otherwise the "link does not work" page is sent. */
  private async openToken(
    res: Response,
    lang: Lang,
    token: unknown,
    purpose: StaffTokenPurpose,
  ): Promise<string | null> {
    if (looksLikeOneTimeToken(token) && (await this.accounts.openLink(token, purpose)))
      return token;
    this.sendLinkInvalid(res, lang);
    return null;
  }

  private sendSignIn(
    res: Response,
    lang: Lang,
    status: number,
    state: {
      email: string;
      next: string;
      notice?: { kind: 'info' | 'error'; text: string };
      errors?: { email?: string; password?: string };
    },
  ) {
    const t = CONSOLE_UI[lang];
    this.send(
      res,
      lang,
      status,
      t.signIn.title,
      '/console/sign-in',
      <AccountFormPage
        lang={lang}
        title={t.signIn.title}
        intro={t.signIn.intro}
        notice={state.notice}
        action="/console/sign-in"
        hidden={{ lang, next: safeNext(state.next) }}
        submit={t.signIn.submit}
        fields={[
          emailField(lang, 'username', state.email, state.errors?.email),
          {
            name: 'password',
            label: t.signIn.password,
            type: 'password',
            autoComplete: 'current-password',
            error: state.errors?.password,
          },
        ]}
      >
        <p>
          <a href={`/console/forgot-password?lang=${lang}`}>{t.signIn.forgot}</a>
        </p>
      </AccountFormPage>,
    );
  }

  private sendSetup(
    res: Response,
    lang: Lang,
    status: number,
    token: string,
    values: { email?: string; displayName?: string; language?: StaffLanguage },
    errors: { email?: string; displayName?: string; password?: string } = {},
  ) {
    const t = CONSOLE_UI[lang];
    this.send(
      res,
      lang,
      status,
      t.setup.title,
      '/console/setup',
      <AccountFormPage
        lang={lang}
        title={t.setup.title}
        intro={t.setup.intro}
        action="/console/setup"
        hidden={{ lang, token }}
        submit={t.setup.submit}
        fields={[
          emailField(lang, 'email', values.email, errors.email),
          {
            name: 'displayName',
            label: t.setup.name,
            type: 'text',
            autoComplete: 'name',
            value: values.displayName,
            error: errors.displayName,
          },
          languageField(lang, values.language ?? lang),
          passwordField(lang, errors.password),
        ]}
      />,
    );
  }

  private sendInvitation(
    res: Response,
    lang: Lang,
    status: number,
    token: string,
    email: string,
    displayName: string,
    errors: { displayName?: string; password?: string } = {},
  ) {
    const t = CONSOLE_UI[lang];
    this.send(
      res,
      lang,
      status,
      t.invitation.title,
      '/console/invitation',
      <AccountFormPage
        lang={lang}
        title={t.invitation.title}
        intro={t.invitation.intro(email)}
        action="/console/invitation"
        hidden={{ lang, token, email }}
        submit={t.invitation.submit}
        fields={[
          {
            name: 'displayName',
            label: t.setup.name,
            type: 'text',
            autoComplete: 'name',
            value: displayName,
            error: errors.displayName,
          },
          passwordField(lang, errors.password),
        ]}
      />,
    );
  }

  private sendForgot(res: Response, lang: Lang, status: number, email: string, error?: string) {
    const t = CONSOLE_UI[lang];
    this.send(
      res,
      lang,
      status,
      t.forgot.title,
      '/console/forgot-password',
      <AccountFormPage
        lang={lang}
        title={t.forgot.title}
        intro={t.forgot.intro}
        action="/console/forgot-password"
        hidden={{ lang }}
        submit={t.forgot.submit}
        fields={[emailField(lang, 'username', email, error)]}
      />,
    );
  }

  private sendReset(res: Response, lang: Lang, status: number, token: string, error?: string) {
    const t = CONSOLE_UI[lang];
    this.send(
      res,
      lang,
      status,
      t.reset.title,
      '/console/reset-password',
      <AccountFormPage
        lang={lang}
        title={t.reset.title}
        intro={t.reset.intro}
        action="/console/reset-password"
        hidden={{ lang, token }}
        submit={t.reset.submit}
        fields={[passwordField(lang, error)]}
      />,
    );
  }

  private sendLinkInvalid(res: Response, lang: Lang) {
    const t = CONSOLE_UI[lang].link;
    this.send(
      res,
      lang,
      404,
      t.title,
      '/console/sign-in',
      <section class="account-page">
        <h1>{t.title}</h1>
        <p>{t.message}</p>
        <p>
          <a href={`/console/forgot-password?lang=${lang}`}>{t.forgot}</a>
        </p>
      </section>,
    );
  }

  private send(
    res: Response,
    lang: Lang,
    status: number,
    title: string,
    path: string,
    body: VNode,
    signedIn = false,
  ) {
    this.pages.send(res, lang, status, title, path, body, { signedIn });
  }
}

/** The address field: `username` where it names an existing account, `email` for a new one. */
function emailField(
  lang: Lang,
  autoComplete: 'username' | 'email',
  value: string | undefined,
  error: string | undefined,
): AccountField {
  const label = CONSOLE_UI[lang].signIn.email;
  return { name: 'email', label, type: 'email', autoComplete, value, error };
}

function passwordField(lang: Lang, error?: string): AccountField {
  const t = CONSOLE_UI[lang].password;
  return {
    name: 'password',
    label: t.new,
    type: 'password',
    autoComplete: 'new-password',
    hint: t.hint,
    error,
  };
}

function languageField(lang: Lang, value: StaffLanguage): AccountField {
  return {
    name: 'language',
    label: CONSOLE_UI[lang].setup.language,
    type: 'select',
    autoComplete: 'off',
    value,
    options: [
      { value: 'ko', label: '한국어' },
      { value: 'en', label: 'English' },
    ],
  };
}

function toLanguage(value: unknown): StaffLanguage | undefined {
  return STAFF_LANGUAGES.find((l) => l === value);
}

/** The page's language: `lang` in the query or form, else the browser's preference. */
function langOf(req: Request, input: Form): Lang {
  return toLanguage(input?.lang) ?? preferredLang(req.headers['accept-language']);
}

function actorOf(req: Request): Actor {
  return {
    userId: (req as AuthenticatedRequest).principal?.userId ?? null,
    clientAddress: req.ip ?? null,
  };
}

function noticeText(lang: Lang, notice: Notice): string {
  const t = CONSOLE_UI[lang];
  return {
    'signed-out': t.signIn.signedOut,
    'session-ended': t.signIn.sessionEnded,
    'password-set': t.signIn.passwordSet,
    'setup-done': t.setup.done,
    'reset-sent': t.forgot.sent,
  }[notice];
}

function redirectToSignIn(res: Response, lang: Lang, notice: Notice, email?: string) {
  const query = new URLSearchParams({ notice, lang });
  if (email) query.set('email', email);
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(303, `/console/sign-in?${query.toString()}`);
}
