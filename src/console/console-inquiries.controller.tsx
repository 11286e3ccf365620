import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { StaffAccountsService } from '../accounts/staff-accounts.service.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import {
  AdminInquiryQueryDto,
  InquiryAssignDto,
  InquiryExportQueryDto,
  InquiryTextDto,
  InquiryTransitionDto,
} from '../inquiries/admin-inquiry.dto.js';
import { InquiryDeskService } from '../inquiries/inquiry-desk.service.js';
import { InquiryErrorCode } from '../inquiries/inquiry-error-codes.js';
import { InquiryReportsService } from '../inquiries/inquiry-reports.service.js';
import { INQUIRY_STATUSES, type InquiryStatus } from '../inquiries/inquiry.types.js';
import { isOpen } from '../inquiries/inquiry-workflow.js';
import {
  type Form,
  formStrings,
  formVersion,
  hasErrorCode,
  validatedForm,
} from './console-forms.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { CONSOLE_INQUIRIES_UI } from './console-inquiries-i18n.js';
import { ConsolePages } from './console-pages.js';
import {
  type BoardFilters,
  type BoardColumn,
  InquiryBoardPage,
} from './views/inquiry-board-page.js';
import {
  type DetailForm,
  type DetailFormName,
  InquiryDetailPage,
} from './views/inquiry-detail-page.js';

const OPEN = INQUIRY_STATUSES.filter(isOpen);
const CLOSED = INQUIRY_STATUSES.filter((s) => !isOpen(s));
/** Cards per board column; "show all" opens that column as a paged list. */
const PER_COLUMN = 10;
const PER_PAGE = 25;
const FILTERS = ['q', 'assignee', 'from', 'to', 'status', 'page'] as const;
const NOTICES = ['moved', 'assigned', 'noted', 'sent'] as const;

/**
 * The inquiry desk in the browser: a board by status (plain columns, no JS needed), one
 * inquiry with its history and the allowed next steps, the funnel and a CSV export. Every
 * change goes through InquiryDeskService, as the admin API's do.
 */
@ApiExcludeController()
@Controller('console/inquiries')
@UseFilters(ConsoleErrorFilter)
export class ConsoleInquiriesController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly desk: InquiryDeskService,
    private readonly reports: InquiryReportsService,
    private readonly accounts: StaffAccountsService,
  ) {}

  @Get()
  @Roles('admin', 'curator')
  async board(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query() raw: Record<string, unknown>,
  ) {
    await this.renderBoard(req, res, 200, raw, {});
  }

  @Get('export')
  @Roles('admin', 'curator')
  async export(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query() raw: Record<string, unknown>,
  ) {
    let range: InquiryExportQueryDto;
    try {
      range = await validatedForm(InquiryExportQueryDto, {
        from: raw.exportFrom || undefined,
        to: raw.exportTo || undefined,
      });
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      const errors = Object.fromEntries(
        error.errors.map((e) => [e.field === 'from' ? 'exportFrom' : 'exportTo', e.message]),
      );
      return this.renderBoard(req, res, 422, raw, errors);
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="inquiries-${range.from.slice(0, 10)}-${range.to.slice(0, 10)}.csv"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    await this.reports.exportCsv(range.from, range.to, res);
  }

  @Get(':reference')
  @Roles('admin', 'curator')
  async detail(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('reference') reference: string,
    @Query('notice') notice: unknown,
  ) {
    await this.renderDetail(req, res, 200, reference, {
      notice: NOTICES.find((n) => n === notice),
    });
  }

  @Post(':reference/transition')
  @Roles('admin', 'curator')
  async transition(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('reference') reference: string,
    @Body() form: Form,
  ) {
    const formName: DetailFormName = form.status === 'declined' ? 'decline' : 'transition';
    await this.change(req, res, reference, formName, form, 'moved', async () => {
      const dto = await validatedForm(InquiryTransitionDto, {
        status: form.status,
        declineReason: form.declineReason || undefined,
        declineNote: form.declineNote || undefined,
        message: form.message || undefined,
      });
      await this.desk.transition(reference, dto, formVersion(form), req.principal!);
    });
  }

  @Post(':reference/assign')
  @Roles('admin', 'curator')
  async assign(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('reference') reference: string,
    @Body() form: Form,
  ) {
    await this.change(req, res, reference, 'assign', form, 'assigned', async () => {
      const dto = await validatedForm(InquiryAssignDto, { assignee: form.assignee || null });
      await this.desk.assign(reference, dto, formVersion(form), req.principal!);
    });
  }

  @Post(':reference/notes')
  @Roles('admin', 'curator')
  async addNote(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('reference') reference: string,
    @Body() form: Form,
  ) {
    await this.change(req, res, reference, 'note', form, 'noted', async () => {
      const dto = await validatedForm(InquiryTextDto, { body: form.body });
      await this.desk.addNote(reference, dto, undefined, req.principal!);
    });
  }

  /** `intent=preview` shows the mail the partner would get and sends nothing. */
  @Post(':reference/messages')
  @Roles('admin', 'curator')
  async addMessage(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Param('reference') reference: string,
    @Body() form: Form,
  ) {
    if (form.intent === 'preview') {
      try {
        const dto = await validatedForm(InquiryTextDto, { body: form.body });
        const mail = await this.desk.previewMessage(reference, dto.body, req.principal!);
        return this.renderDetail(req, res, 200, reference, {
          form: { name: 'message', values: formStrings(form), errors: {} },
          mailPreview: { to: mail.to.join(', '), subject: mail.subject, text: mail.text },
        });
      } catch (error) {
        return this.refused(req, res, reference, 'message', form, error);
      }
    }
    await this.change(req, res, reference, 'message', form, 'sent', async () => {
      const dto = await validatedForm(InquiryTextDto, { body: form.body });
      await this.desk.addMessage(reference, dto, undefined, req.principal!);
    });
  }

  /** One change from one of the detail page's forms; a refusal keeps what was typed. */
  private async change(
    req: AuthenticatedRequest,
    res: Response,
    reference: string,
    name: DetailFormName,
    form: Form,
    notice: (typeof NOTICES)[number],
    apply: () => Promise<void>,
  ) {
    try {
      await apply();
      res.redirect(303, `/console/inquiries/${encodeURIComponent(reference)}?notice=${notice}`);
    } catch (error) {
      await this.refused(req, res, reference, name, form, error);
    }
  }

  private async refused(
    req: AuthenticatedRequest,
    res: Response,
    reference: string,
    name: DetailFormName,
    form: Form,
    error: unknown,
  ) {
    const values = formStrings(form);
    const stale =
      hasErrorCode(error, InquiryErrorCode.VersionConflict) ||
      hasErrorCode(error, InquiryErrorCode.IllegalTransition) ||
      hasErrorCode(error, InquiryErrorCode.Closed);
    if (stale) {
      return this.renderDetail(req, res, 409, reference, {
        form: { name, values, errors: {} },
        stale: true,
      });
    }
    if (!(error instanceof ValidationFailedError)) throw error;
    const errors: Record<string, string> = {};
    for (const e of error.errors) errors[e.field] ??= e.message;
    await this.renderDetail(req, res, 422, reference, { form: { name, values, errors } });
  }

  private async renderDetail(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    reference: string,
    state: {
      notice?: string;
      form?: DetailForm;
      stale?: boolean;
      mailPreview?: { to: string; subject: string; text: string };
    },
  ) {
    const lang = req.staffUser!.language;
    const [inquiry, staff] = await Promise.all([
      this.desk.detail(reference, req.principal!),
      this.staffOptions(),
    ]);
    this.pages.send(
      res,
      lang,
      status,
      `${inquiry.reference} · ${CONSOLE_INQUIRIES_UI[lang].title}`,
      `/console/inquiries/${inquiry.reference}`,
      <InquiryDetailPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        inquiry={inquiry}
        staff={staff}
        {...state}
      />,
    );
  }

  private async renderBoard(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    raw: Record<string, unknown>,
    exportErrors: Record<string, string>,
  ) {
    const lang = req.staffUser!.language;
    const filters = boardFilters(raw);
    const base = { ...filters, status: undefined, page: undefined, closed: undefined };
    const only = INQUIRY_STATUSES.find((s) => s === filters.status);
    const statuses: readonly InquiryStatus[] = only
      ? [only]
      : filters.closed
        ? INQUIRY_STATUSES
        : OPEN;
    // Checked once, before any query runs: a bad filter is one 400, not a half-built board.
    const query = await validatedForm(AdminInquiryQueryDto, {
      ...clean(base),
      status: only ? [only] : undefined,
      page: only ? (filters.page ?? '1') : '1',
      perPage: String(only ? PER_PAGE : PER_COLUMN),
      // Oldest first: the inquiry waiting longest is on top.
      sort: 'created',
    });
    const [columns, stats, staff] = await Promise.all([
      Promise.all(
        statuses.map(async (s): Promise<BoardColumn> => ({
          status: s,
          page: await this.desk.list(
            Object.assign(new AdminInquiryQueryDto(), query, { status: [s] }),
          ),
        })),
      ),
      this.reports.stats({ from: query.from, to: query.to }),
      this.staffOptions(),
    ]);
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_INQUIRIES_UI[lang].title,
      '/console/inquiries',
      <InquiryBoardPage
        lang={lang}
        filters={filters}
        columns={columns}
        closedStatuses={CLOSED}
        single={Boolean(only)}
        stats={stats}
        staff={staff}
        exportValues={{
          exportFrom: typeof raw.exportFrom === 'string' ? raw.exportFrom : '',
          exportTo: typeof raw.exportTo === 'string' ? raw.exportTo : '',
        }}
        exportErrors={exportErrors}
        now={new Date()}
      />,
    );
  }

  /** People an inquiry can be assigned to: active and invited staff, by name. */
  private async staffOptions() {
    const { items } = await this.accounts.list(1, 500);
    return items
      .filter((u) => u.status !== 'disabled')
      .map((u) => ({ value: u.email, label: `${u.displayName} <${u.email}>` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }
}

/** The board's filters as typed (strings only; the API's DTO checks them). */
function boardFilters(raw: Record<string, unknown>): BoardFilters {
  const out: BoardFilters = {};
  for (const key of FILTERS) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  if (raw.closed === '1') out.closed = '1';
  return out;
}

function clean(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
